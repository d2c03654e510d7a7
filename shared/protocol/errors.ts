// Stable error codes for every ack on the wire. Clients switch on `code`; `message` is for people.
export const ERROR_CODES = [
  'invalid_payload', // the payload did not match the event's schema
  'unauthenticated', // the handshake carried no join token (or one for nobody who still exists)
  'token_invalid', // a join token that is malformed or whose signature does not verify
  'token_expired', // a join token past its expiry: ask the API for a fresh one
  'not_authorized', // the peer may not do this (another peer's object, not joined yet, ...)
  'not_found', // an id that does not exist (or is not visible to this peer)
  'conflict', // the request clashes with current state (already joined, cannot consume, ...)
  'rate_limited', // too many requests
  'unavailable', // the server cannot serve this now (no media worker, shutting down)
  'unknown_event', // no handler owns this event
  'internal', // a bug or an unexpected failure; details are in the server log, never on the wire
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
}

/** Every ack is either `{ ok: true, ...result }` or `{ ok: false, error }`. */
export type Ack<T extends object = Record<never, never>> = ({ ok: true } & T) | { ok: false; error: WireError };

export type AckCallback<T extends object = Record<never, never>> = (response: Ack<T>) => void;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
