// CSRF defence for cookie-carrying requests: a state change (POST/PATCH/DELETE) must say it comes
// from our own pages, with an Origin (or, failing that, Referer) equal to the server's origin.
// SameSite=Lax cookies are the second layer; JSON-only bodies the third (no plain-form posts).
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** PUBLIC_URL's origin when set, else the origin the request was addressed to. */
export function ownOrigin(req: Request, publicUrl: string | undefined): string | undefined {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = req.headers.host;
  if (!host) return undefined;
  try {
    return new URL(`${req.protocol}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/** Where links we hand out point: PUBLIC_URL (without trailing slashes) when set, else the origin the request came to. */
export function linkBase(req: Request, publicUrl: string | undefined): string {
  return publicUrl?.replace(/\/+$/, '') ?? ownOrigin(req, undefined) ?? '';
}

/** The origin the browser says the request comes from: Origin, else Referer's origin. */
export function claimedOrigin(req: Request): string | undefined {
  const origin = req.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = req.headers.referer;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export function requireSameOrigin(publicUrl: string | undefined) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method)) return next();
    const own = ownOrigin(req, publicUrl);
    const claimed = claimedOrigin(req);
    if (own === undefined || claimed === undefined || claimed !== own) {
      return next(new ApiError('not_authorized', 'cross-site request refused'));
    }
    next();
  };
}

/** Bodies are JSON or nothing: a form post or text/plain body is refused before any route runs. */
export function requireJsonBody(req: Request, _res: Response, next: NextFunction): void {
  const hasBody = (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0') || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json')) {
    return next(new ApiError('invalid_payload', 'send the body as JSON (Content-Type: application/json)'));
  }
  next();
}
