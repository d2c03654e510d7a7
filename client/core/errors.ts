// Typed failures of requests to the server, so the UI can say something useful per code.
import type { ErrorCode } from '../../shared/protocol';

/** Client-side codes on top of the wire's: no answer in time, or the socket is gone. */
export type ClientErrorCode = ErrorCode | 'timeout' | 'disconnected';

export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly event: string,
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Errors worth retrying automatically: the server or the network may recover on its own. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof RequestError)) return false;
  return error.code === 'timeout' || error.code === 'disconnected' || error.code === 'unavailable' || error.code === 'rate_limited';
}

/** A sentence a member can read, for any failure. Never shows stack traces. */
export function describeError(error: unknown): string {
  if (error instanceof RequestError) {
    switch (error.code) {
      case 'timeout':
      case 'disconnected':
        return 'We lost touch with the server.';
      case 'not_found':
        return 'This room could not be found. Check the link and try again.';
      case 'unavailable':
        return 'The server is busy right now. Please try again in a moment.';
      case 'rate_limited':
        return 'Too many attempts in a short time. Please wait a moment.';
      default:
        return error.message || 'Something went wrong on the server.';
    }
  }
  return 'Something went wrong while connecting.';
}
