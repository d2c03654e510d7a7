// The REST API's one way to fail: an ApiError with a stable code, answered as
// `{ error: { code, message, fields? } }` with the status shared/api/errors.ts gives that code.
// Anything else thrown is a bug: logged with its stack, answered as a bare `internal`.
import type { Response } from 'express';
import type { z } from 'zod';
import { API_ERRORS, type ApiErrorBody, type ApiErrorCode } from '../../shared/api';
import type { Logger } from '../log';

export interface ApiErrorOptions {
  /** Body field (dotted path) → what is wrong with it. */
  fields?: Record<string, string>;
  /** Sent as Retry-After with rate_limited. */
  retryAfterSeconds?: number;
  /** Only where HTTP has a more precise status for the same code (413 for a body too large). */
  status?: number;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly options: ApiErrorOptions = {},
  ) {
    super(message);
  }

  get status(): number {
    return this.options.status ?? API_ERRORS[this.code];
  }

  toBody(): ApiErrorBody {
    const { fields } = this.options;
    return { error: { code: this.code, message: this.message, ...(fields && Object.keys(fields).length > 0 ? { fields } : {}) } };
  }
}

/** One message per field, the first zod gives; issues of the whole body go to the message. */
export function fromZodError(error: z.ZodError, what: string): ApiError {
  const fields: Record<string, string> = {};
  let general: string | undefined;
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (key === '') general ??= issue.message;
    else fields[key] ??= issue.message;
  }
  return new ApiError('invalid_payload', general ? `${what}: ${general}` : `check the ${what}`, { fields });
}

/**
 * Client errors raised by express itself before any handler runs (http-errors): express.json's
 * (with a `type`), and a path parameter that is not valid percent-encoding.
 */
function fromHttpError(err: unknown): ApiError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { type, status } = err as { type?: unknown; status?: unknown };
  if (type === 'entity.too.large') return new ApiError('invalid_payload', 'the request body is too large', { status: 413 });
  if (type === 'entity.parse.failed') return new ApiError('invalid_payload', 'the request body is not valid JSON');
  if (typeof type === 'string') return new ApiError('invalid_payload', 'the request body could not be read');
  if (status === 404) return new ApiError('not_found', 'no such page');
  if (typeof status === 'number' && status >= 400 && status < 500) return new ApiError('invalid_payload', 'that request could not be understood');
  return undefined;
}

/** Answers any thrown value; unknown ones are logged (with the error, never the request). */
export function sendError(res: Response, err: unknown, logger: Logger, context: Record<string, unknown> = {}): void {
  const apiError = err instanceof ApiError ? err : fromHttpError(err);
  if (!apiError) logger.error({ err, ...context }, 'request failed');
  const answer = apiError ?? new ApiError('internal', 'something went wrong on our side; it has been logged');
  if (res.headersSent) {
    res.end();
    return;
  }
  if (answer.options.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(answer.options.retryAfterSeconds));
  res.status(answer.status).json(answer.toBody());
}
