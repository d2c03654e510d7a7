// Typed application errors with stable codes, and the one function that turns any thrown value
// into the `{ code, message }` the client sees. Stack traces never cross the wire.
import { ZodError } from 'zod';
import type { ErrorCode, WireError } from '../../shared/protocol';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const notAuthorized = (message: string) => new AppError('not_authorized', message);
export const conflict = (message: string) => new AppError('conflict', message);

/** mediasoup reports bad parameters as TypeError (or its UnsupportedError); both are the caller's fault. */
function isMediasoupInputError(err: unknown): err is Error {
  return err instanceof TypeError || (err instanceof Error && err.name === 'UnsupportedError');
}

export function toWireError(err: unknown): { wire: WireError; unexpected: boolean } {
  if (err instanceof AppError) return { wire: { code: err.code, message: err.message }, unexpected: false };
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { wire: { code: 'invalid_payload', message: `${where}${issue?.message ?? 'invalid payload'}` }, unexpected: false };
  }
  if (isMediasoupInputError(err)) {
    return { wire: { code: 'invalid_payload', message: `media parameters rejected: ${err.message}` }, unexpected: false };
  }
  return { wire: { code: 'internal', message: 'something went wrong on the server; please try again' }, unexpected: true };
}
