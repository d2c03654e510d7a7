// One-way hashes of bearer secrets (session cookies, invite tokens, member credentials): the
// database holds only these, so a leaked copy of it lets nobody in.
import { createHash } from 'node:crypto';

/** sha-256 of the token as lowercase hex. Tokens are long and random, so no salt is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
