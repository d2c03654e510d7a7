// Links made of a random id and its MAC: `<id>.<HMAC(key, purpose + ':' + id)>`. The id is a random
// UUID, the MAC makes the link unforgeable (and tells one we issued from a guess), and the server
// can derive the same link again from the id whenever it likes. Only sha-256(link) is stored.
// Invite links and calendar feed links are made this way, each with its own key and purpose.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { hashToken } from './tokens';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC = /^[A-Za-z0-9_-]{43}$/;

export interface SignedIds {
  /** A fresh id with its token and the hash to store. */
  mint(): { id: string; token: string; tokenHash: string };
  /** The token of an existing id, derived again. */
  tokenFor(id: string): string;
  /** The id if the token's MAC verifies; nothing else is checked. */
  verify(token: string): string | undefined;
}

export function createSignedIds(key: Uint8Array, purpose: string): SignedIds {
  const mac = (id: string) => createHmac('sha256', key).update(`${purpose}:${id}`, 'utf8').digest();
  const tokenFor = (id: string) => `${id}.${mac(id).toString('base64url')}`;
  return {
    mint() {
      const id = randomUUID();
      const token = tokenFor(id);
      return { id, token, tokenHash: hashToken(token) };
    },
    tokenFor,
    verify(token) {
      const dot = token.indexOf('.');
      const [id, given] = [token.slice(0, dot), token.slice(dot + 1)];
      if (dot < 0 || !UUID.test(id) || !MAC.test(given)) return undefined;
      return timingSafeEqual(Buffer.from(given, 'base64url'), mac(id)) ? id : undefined;
    },
  };
}
