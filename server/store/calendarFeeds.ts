// Private calendar subscriptions: at most one per membership. The link's token is derived from
// the feed id by server/auth/calendarFeedLinks.ts; only its sha-256 is stored, for lookup.
// Rotating replaces the row, revoking deletes it, and the membership's removal (or its group's
// deletion) deletes it by cascade, so a dead feed leaves nothing behind.
import type { Kysely, Selectable } from 'kysely';
import type { CalendarFeedsTable, Database } from './schema';
import { isoTime } from './time';

export interface CalendarFeed {
  id: string;
  membershipId: string;
  createdAt: string;
}

export interface NewCalendarFeed {
  id: string;
  membershipId: string;
  tokenHash: string;
}

/** A feed found by its token, with the group whose calendar it serves. */
export interface FeedOwner {
  feed: CalendarFeed;
  groupId: string;
}

function toFeed(row: Pick<Selectable<CalendarFeedsTable>, 'id' | 'membership_id' | 'created_at'>): CalendarFeed {
  return { id: row.id, membershipId: row.membership_id, createdAt: row.created_at };
}

/** Makes the membership's feed, replacing (and so revoking) any earlier one in the same statement. */
export async function replace(db: Kysely<Database>, input: NewCalendarFeed, now: () => number): Promise<CalendarFeed> {
  const row = { id: input.id, token_hash: input.tokenHash, created_at: isoTime(now()) };
  const stored = await db
    .insertInto('calendar_feeds')
    .values({ ...row, membership_id: input.membershipId })
    .onConflict((oc) => oc.column('membership_id').doUpdateSet(row))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFeed(stored);
}

export async function byMembership(db: Kysely<Database>, membershipId: string): Promise<CalendarFeed | undefined> {
  const row = await db.selectFrom('calendar_feeds').selectAll().where('membership_id', '=', membershipId).executeTakeFirst();
  return row && toFeed(row);
}

export async function byTokenHash(db: Kysely<Database>, tokenHash: string): Promise<FeedOwner | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .innerJoin('memberships', 'memberships.id', 'calendar_feeds.membership_id')
    .select(['calendar_feeds.id as id', 'calendar_feeds.membership_id as membership_id', 'calendar_feeds.created_at as created_at', 'memberships.group_id as group_id'])
    .where('calendar_feeds.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && { feed: toFeed(row), groupId: row.group_id };
}

/** Revokes the membership's feed; false if it had none. */
export async function remove(db: Kysely<Database>, membershipId: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_feeds').where('membership_id', '=', membershipId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
