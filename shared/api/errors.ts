// Stable error codes of the REST API, with their HTTP status. Every error body is
// `{ error: { code, message } }`; clients switch on `code`, `message` is for people.
export const API_ERRORS = {
  invalid_payload: 400, // body, query or path parameter failed its schema
  unauthenticated: 401, // no valid session or member credential
  not_authorized: 403, // signed in, but this role may not do this (also: failed CSRF origin check)
  not_found: 404, // unknown id, or one this caller may not know exists
  conflict: 409, // clashes with current state (email or pseudonym taken, setup already done, ...)
  token_invalid: 400, // a token that is malformed or whose signature does not verify
  token_expired: 410, // a valid token past its expiry
  token_revoked: 410, // a valid token revoked by a facilitator
  token_used_up: 410, // an invite that reached its use limit
  not_open: 409, // a scheduled group's live room is not open yet (fields.opensAt) or the session has ended
  rate_limited: 429, // too many attempts; retry later
  internal: 500, // a bug; details only in the server log
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string> };
}

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && Object.hasOwn(API_ERRORS, value);
}
