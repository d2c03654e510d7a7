// Private calendar subscription links, made like invite links: `<feedId>.<HMAC(key,
// 'calendar-feed:' + feedId)>`. The random id plus the MAC make the token unguessable; only its
// sha-256 is stored (for lookup). Because the server can derive it again from the id, a member
// can see their subscription address whenever they like instead of only once; and because the
// MAC proves that we issued a token, one that verifies but has no row any more was revoked
// (rotated, withdrawn, membership or group gone: 410), while anything else is unknown (404).
import { createSignedIds } from './signedIds';

export interface CalendarFeedLinks {
  /** A fresh feed id with its token and the hash to store. */
  mint(): { feedId: string; token: string; tokenHash: string };
  /** The token of an existing feed, derived again from its id. */
  tokenFor(feedId: string): string;
  /** Whether we issued this token (its MAC verifies); says nothing about whether it still works. */
  issuedByUs(token: string): boolean;
}

export function createCalendarFeedLinks(key: Uint8Array): CalendarFeedLinks {
  const ids = createSignedIds(key, 'calendar-feed');
  return {
    mint() {
      const { id, token, tokenHash } = ids.mint();
      return { feedId: id, token, tokenHash };
    },
    tokenFor: ids.tokenFor,
    issuedByUs: (token) => ids.verify(token) !== undefined,
  };
}
