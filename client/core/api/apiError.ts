// Typed failures of REST calls. Pages switch on `code` and show `message`, which is always a
// sentence a person can read; `fields` maps a body field (dotted path) to what is wrong with it.
import { isApiErrorCode, type ApiErrorCode } from '../../../shared/api';

/** The server's codes, plus `unavailable`: no answer at all (offline, server down, proxy error). */
export type ClientApiErrorCode = ApiErrorCode | 'unavailable';

export type FieldErrors = Record<string, string>;

export const UNREACHABLE_MESSAGE = 'We could not reach Hearth. Check your connection and try again.';

const FALLBACK_MESSAGES: Record<ClientApiErrorCode, string> = {
  invalid_payload: 'Some answers need another look.',
  unauthenticated: 'Please sign in first.',
  not_authorized: 'Your role in this group does not allow that.',
  not_found: 'We could not find that. It may have been removed.',
  conflict: 'That clashes with something that already exists.',
  token_invalid: 'This link is not valid. Check that you copied all of it.',
  token_expired: 'This link has expired. Ask your facilitator for a new one.',
  token_revoked: 'This link was withdrawn. Ask your facilitator for a new one.',
  token_used_up: 'This link has been used as often as it allows. Ask your facilitator for a new one.',
  not_open: 'This session is not open yet. The group page shows when it opens.',
  rate_limited: 'Too many attempts in a short time. Please wait a minute and try again.',
  internal: 'Something went wrong on our side. Please try again.',
  unavailable: UNREACHABLE_MESSAGE,
};

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ClientApiErrorCode,
    message: string,
    readonly status: number,
    readonly fields: FieldErrors = {},
  ) {
    super(message);
  }
}

/** "enter a valid email address" → "Enter a valid email address." (schema messages are lower case). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1) + (/[.!?…]$/.test(trimmed) ? '' : '.');
}

export function fallbackMessage(code: ClientApiErrorCode): string {
  return FALLBACK_MESSAGES[code];
}

/**
 * The ApiError for a non-2xx answer. Tolerates bodies that are not ours (a proxy's HTML page for a
 * 502, an empty 500): the status then decides the code.
 */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (error && isApiErrorCode(error.code)) {
    const message = typeof error.message === 'string' && error.message.trim() ? sentence(error.message) : fallbackMessage(error.code);
    return new ApiError(error.code, message, status, readFields(error.fields));
  }
  const code = codeForStatus(status);
  return new ApiError(code, fallbackMessage(code), status);
}

function codeForStatus(status: number): ClientApiErrorCode {
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'not_authorized';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'invalid_payload';
  return 'internal';
}

function readFields(value: unknown): FieldErrors {
  if (!isRecord(value)) return {};
  const fields: FieldErrors = {};
  for (const [key, message] of Object.entries(value)) {
    if (typeof message === 'string' && message.trim()) fields[key] = sentence(message);
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A sentence for any failure, for a form's alert or a page's error state. */
export function describeApiError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return fallbackMessage('internal');
}
