// The three cookies of the REST API. All httpOnly (no script reads them), SameSite=Lax (not sent
// on cross-site posts), and Secure whenever the site is served over https.
//   hearth_session  an account's session token (see server/auth/sessions.ts); Path=/
//   hearth_member   up to MAX_MEMBER_CREDENTIALS member credentials, one per group, dot-separated:
//                   only this browser links a member's groups; the server never does. Path=/
//   hearth_guest    one signed guest pass for one instant room (server/auth/guestLinks.ts);
//                   Path=/api, as only the API reads it, and gone after GUEST_PASS_TTL_SECONDS.
import type { Request, Response } from 'express';
import { parse, serialize, type SerializeOptions } from 'cookie';
import { GUEST_PASS_TTL_SECONDS } from '../auth/guestLinks';
import { isCredential } from '../auth/memberCredentials';
import { SESSION_TTL_MS } from '../auth/sessions';

export const SESSION_COOKIE = 'hearth_session';
export const MEMBER_COOKIE = 'hearth_member';
export const GUEST_COOKIE = 'hearth_guest';
/** A guest pass is a JWT of a few hundred characters; anything much longer is not one of ours. */
const MAX_GUEST_PASS_LENGTH = 1024;
export const MAX_MEMBER_CREDENTIALS = 20;
/** Browsers cap cookie lifetimes at about 400 days; the member cookie is renewed on every visit. */
const MEMBER_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;

export function readCookies(req: Request): { session: string | undefined; members: string[]; guest: string | undefined } {
  const header = req.headers.cookie;
  if (!header) return { session: undefined, members: [], guest: undefined };
  const jar = parse(header);
  const members = (jar[MEMBER_COOKIE] ?? '')
    .split('.')
    .filter(isCredential)
    .slice(0, MAX_MEMBER_CREDENTIALS);
  const guest = jar[GUEST_COOKIE];
  return {
    session: jar[SESSION_COOKIE] || undefined,
    members: [...new Set(members)],
    guest: guest && guest.length <= MAX_GUEST_PASS_LENGTH ? guest : undefined,
  };
}

/** Secure when the public URL is https, or the request came over https (behind a trusted proxy). */
export function isSecure(req: Request, publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith('https:') === true || req.secure;
}

function options(secure: boolean, maxAgeSeconds: number, path = '/'): SerializeOptions {
  return { httpOnly: true, sameSite: 'lax', path, secure, maxAge: maxAgeSeconds };
}

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.append('Set-Cookie', serialize(SESSION_COOKIE, token, options(secure, SESSION_TTL_MS / 1000)));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append('Set-Cookie', serialize(SESSION_COOKIE, '', options(secure, 0)));
}

export function setMemberCookie(res: Response, credentials: readonly string[], secure: boolean): void {
  const value = credentials.join('.');
  res.append('Set-Cookie', serialize(MEMBER_COOKIE, value, options(secure, value ? MEMBER_COOKIE_MAX_AGE_S : 0)));
}

/** One guest pass per browser: setting one replaces any other. */
export function setGuestCookie(res: Response, pass: string, secure: boolean): void {
  res.append('Set-Cookie', serialize(GUEST_COOKIE, pass, options(secure, GUEST_PASS_TTL_SECONDS, '/api')));
}
