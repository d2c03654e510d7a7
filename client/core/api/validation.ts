// Request bodies are checked with the server's own zod schemas before sending, so a form can show
// what is wrong next to each field without a round trip. Schemas that carry no message of their own
// get a plain-language one here instead of zod's developer wording.
import type { z } from 'zod';
import { ApiError, fallbackMessage, sentence, type FieldErrors } from './apiError';

type Issue = z.core.$ZodRawIssue;

function friendlyMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'this cannot be empty' : `use at least ${issue.minimum} characters`;
      if (issue.origin === 'number') return `use a number of at least ${issue.minimum}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `use at most ${issue.maximum} characters`;
      if (issue.origin === 'number') return `use a number of at most ${issue.maximum}`;
      return undefined;
    case 'invalid_value':
      return 'choose one of the options';
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return 'enter a whole number';
      return undefined;
    default:
      return undefined;
  }
}

/** Field errors by dotted path (`account.email`), first problem per field. Root problems use ''. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    fields[key] ??= sentence(issue.message);
  }
  return fields;
}

/** The parsed body (trimmed, normalised), or its problems by field: for forms that show them. */
export function checkBody<S extends z.ZodType>(schema: S, body: unknown): { ok: true; value: z.output<S> } | { ok: false; fields: FieldErrors } {
  const result = schema.safeParse(body, { error: friendlyMessage });
  return result.success ? { ok: true, value: result.data } : { ok: false, fields: fieldErrorsOf(result.error) };
}

/** The parsed body (trimmed, normalised) or an `invalid_payload` ApiError with per-field messages. */
export function validateBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const checked = checkBody(schema, body);
  if (checked.ok) return checked.value;
  throw new ApiError('invalid_payload', fallbackMessage('invalid_payload'), 0, checked.fields);
}
