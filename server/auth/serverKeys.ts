// HMAC keys kept in the database (server_secrets), generated once and shared by every instance
// on that database, so links and tokens signed by one instance verify on another and survive restarts.
import { randomBytes } from 'node:crypto';
import type { Store } from '../store';

/**
 * One key per purpose, so a join token can never pass as an invite link or the other way round.
 * The guest key signs guest links and guest passes (told apart by their `typ`).
 */
export const KEY_NAMES = { joinTokens: 'join-token-key', inviteLinks: 'invite-link-key', guestLinks: 'guest-link-key', calendarFeeds: 'calendar-feed-key' } as const;

const KEY_BYTES = 32;

export async function serverKey(store: Store, name: (typeof KEY_NAMES)[keyof typeof KEY_NAMES]): Promise<Buffer> {
  const stored = await store.secrets.getOrCreate(name, () => randomBytes(KEY_BYTES).toString('base64url'));
  return Buffer.from(stored, 'base64url');
}
