// Private calendar subscription links, made like invite links: `<feedId>.<HMAC(key,
// 'calendar-feed:' + feedId)>`. The random id plus the MAC make the token unguessable; only its
// sha-256 is stored (for lookup). Because the server can derive it again from the id, a member
// can see their subscription address whenever they like instead of only once; and because the
// MAC proves that we issued a token, one that verifies but has no row any more was revoked
// (rotated, withdrawn, membership or group gone: 410), while anything else is unknown (404).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { hashToken, type Store } from '../store';
import { KEY_NAMES, serverKey } from './serverKeys';


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC = /^[A-Za-z0-9_-]{43}$/;

export interface CalendarFeedLinks {
  /** A fresh feed id with its token and the hash to store. */
  mint(): { feedId: string; token: string; tokenHash: string };
  /** The token of an existing feed, derived again from its id. */
  tokenFor(feedId: string): string;
  /** Whether we issued this token (its MAC verifies); says nothing about whether it still works. */
  issuedByUs(token: string): boolean;
}

export function createCalendarFeedLinks(key: Uint8Array): CalendarFeedLinks {
  const mac = (feedId: string) => createHmac('sha256', key).update(`calendar-feed:${feedId}`, 'utf8').digest();
  const tokenFor = (feedId: string) => `${feedId}.${mac(feedId).toString('base64url')}`;
  return {
    mint() {
      const feedId = randomUUID();
      const token = tokenFor(feedId);
      return { feedId, token, tokenHash: hashToken(token) };
    },
    tokenFor,
    issuedByUs(token) {
      const dot = token.indexOf('.');
      const [feedId, given] = [token.slice(0, dot), token.slice(dot + 1)];
      if (dot < 0 || !UUID.test(feedId) || !MAC.test(given)) return false;
      return timingSafeEqual(Buffer.from(given, 'base64url'), mac(feedId));
    },
  };
}

/** The links over the key shared by every instance on this database (made on first use; its own key, so a feed token never passes as an invite link). */
export async function loadCalendarFeedLinks(store: Store): Promise<CalendarFeedLinks> {
  return createCalendarFeedLinks(await serverKey(store, KEY_NAMES.calendarFeeds));
}
