// A member's credential: a long random code that is at once the cookie value and the recovery
// code shown once. Crockford base32 so it can be read aloud and typed on another device: no
// case, no look-alikes (0/O, 1/I/L), dashes optional.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** 160 bits: far beyond guessing (and the recover route is rate limited), short enough to type. */
const CREDENTIAL_BYTES = 20;
export const CREDENTIAL_LENGTH = (CREDENTIAL_BYTES * 8) / 5; // 32 characters
const GROUP = 4;

/** A fresh credential in canonical form: 32 lowercase base32 characters, no dashes. */
export function newCredential(): string {
  const bytes = randomBytes(CREDENTIAL_BYTES);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** The recovery code as shown: "abcd-efgh-…", eight groups of four. */
export function formatRecoveryCode(credential: string): string {
  return credential.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? credential;
}

/**
 * The canonical credential typed as a recovery code (any case, with or without dashes or
 * spaces, O for 0 and I/L for 1), or undefined if it cannot be one.
 */
export function parseRecoveryCode(input: string): string | undefined {
  const canonical = input
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  return isCredential(canonical) ? canonical : undefined;
}

/** Whether a value (from a cookie, say) is a credential in canonical form. */
export function isCredential(value: string): boolean {
  return value.length === CREDENTIAL_LENGTH && [...value].every((c) => ALPHABET.includes(c));
}
