// Weekly availability a member chose to share (in their own zone) so organisers can find a time.
// One row per membership, gone with it; the windows are JSON text checked on every read.
import type { Kysely, Selectable } from 'kysely';
import { availabilityBody } from '../../shared/api/schedule';
import type { Availability } from '../../shared/schedule';
import type { AvailabilityTable, Database } from './schema';
import { isoTime } from './time';

export interface AvailabilityRecord extends Availability {
  membershipId: string;
  updatedAt: string;
}

/** What a member shares: their zone and weekly windows ('HH:mm' in that zone). */
export type AvailabilityInput = Availability;

/** Someone in the group who shared availability, with the name the group knows them by. */
export interface SharedAvailability extends AvailabilityRecord {
  pseudonym: string;
}

export interface GroupAvailability {
  people: SharedAvailability[];
  /** Membership ids whose stored row could not be read (left out of `people`). */
  damaged: string[];
}

function toRecord(row: Selectable<AvailabilityTable>): AvailabilityRecord | undefined {
  let weekly: unknown;
  try {
    weekly = JSON.parse(row.weekly);
  } catch {
    return undefined;
  }
  const parsed = availabilityBody.safeParse({ zone: row.zone, weekly });
  if (!parsed.success) return undefined;
  return { membershipId: row.membership_id, zone: parsed.data.zone, weekly: parsed.data.weekly, updatedAt: row.updated_at };
}

/** Shares (or replaces) the membership's availability. */
export async function set(db: Kysely<Database>, membershipId: string, availability: AvailabilityInput, now: () => number): Promise<AvailabilityRecord> {
  const row = { zone: availability.zone, weekly: JSON.stringify(availability.weekly), updated_at: isoTime(now()) };
  await db
    .insertInto('availability')
    .values({ membership_id: membershipId, ...row })
    .onConflict((oc) => oc.column('membership_id').doUpdateSet(row))
    .execute();
  return { membershipId, zone: availability.zone, weekly: availability.weekly, updatedAt: row.updated_at };
}

/** The membership's availability; undefined if none was shared (or its row is damaged). */
export async function byMembership(db: Kysely<Database>, membershipId: string): Promise<AvailabilityRecord | undefined> {
  const row = await db.selectFrom('availability').selectAll().where('membership_id', '=', membershipId).executeTakeFirst();
  return row && toRecord(row);
}

/** Everyone in the group who shared availability, in the order they joined; damaged rows by membership id. */
export async function listForGroup(db: Kysely<Database>, groupId: string): Promise<GroupAvailability> {
  const rows = await db
    .selectFrom('availability')
    .innerJoin('memberships', 'memberships.id', 'availability.membership_id')
    .selectAll('availability')
    .select('memberships.pseudonym as pseudonym')
    .where('memberships.group_id', '=', groupId)
    .orderBy('memberships.created_at')
    .orderBy('memberships.id')
    .execute();
  const result: GroupAvailability = { people: [], damaged: [] };
  for (const { pseudonym, ...row } of rows) {
    const record = toRecord(row);
    if (record) result.people.push({ ...record, pseudonym });
    else result.damaged.push(row.membership_id);
  }
  return result;
}

/** Withdraws the membership's availability; false if none was shared. */
export async function remove(db: Kysely<Database>, membershipId: string): Promise<boolean> {
  const result = await db.deleteFrom('availability').where('membership_id', '=', membershipId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
