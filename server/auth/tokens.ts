// Bearer secrets: random tokens for cookies, and their sha-256, which is all the database keeps.
import { randomBytes } from 'node:crypto';
import { hashToken } from '../store/hash';

/** 256 bits: unguessable, and compact in a cookie. */
export const TOKEN_BYTES = 32;

/** A fresh random token, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Base64url of TOKEN_BYTES bytes, and nothing else: anything longer is refused before hashing. */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

export { hashToken };
