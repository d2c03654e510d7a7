// Support groups and their settings. A group is created together with its organiser's
// membership, so no group ever exists without someone who may run it.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Updateable } from 'kysely';
import { conflictsAsStoreConflict } from './errors';
import { normalisePseudonym } from './normalise';
import type { Database, GroupFocus, GroupsTable, MembershipRole } from './schema';
import { isoTime } from './time';
import { inTransaction } from './transaction';

export interface Group {
  id: string;
  name: string;
  description: string;
  focus: GroupFocus;
  guidelines: string;
  waitingRoom: boolean;
  talkingStick: boolean;
  turnSeconds: number;
  createdAt: string;
  createdBy: string;
}

export type GroupSettings = Omit<Group, 'id' | 'createdAt' | 'createdBy'>;

export interface NewGroup extends GroupSettings {
  createdBy: string;
  /** The organiser's name inside this group; default: the account's display name. */
  organiserPseudonym?: string;
}

export interface GroupWithRole extends Group {
  role: MembershipRole;
  membershipId: string;
}

function toGroup(row: Selectable<GroupsTable>): Group {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    focus: row.focus,
    guidelines: row.guidelines,
    waitingRoom: row.waiting_room === 1,
    talkingStick: row.talking_stick === 1,
    turnSeconds: row.turn_seconds,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function settingsRow(s: Partial<GroupSettings>): Updateable<GroupsTable> {
  const row: Updateable<GroupsTable> = {};
  if (s.name !== undefined) row.name = s.name;
  if (s.description !== undefined) row.description = s.description;
  if (s.focus !== undefined) row.focus = s.focus;
  if (s.guidelines !== undefined) row.guidelines = s.guidelines;
  if (s.waitingRoom !== undefined) row.waiting_room = s.waitingRoom ? 1 : 0;
  if (s.talkingStick !== undefined) row.talking_stick = s.talkingStick ? 1 : 0;
  if (s.turnSeconds !== undefined) row.turn_seconds = s.turnSeconds;
  return row;
}

/**
 * Creates the group and its creator's organiser membership in one transaction. Returns
 * undefined if the creating account does not exist.
 */
export function create(db: Kysely<Database>, input: NewGroup, now: () => number): Promise<Group | undefined> {
  return inTransaction(db, async (trx) => {
    const creator = await trx.selectFrom('accounts').select('display_name').where('id', '=', input.createdBy).executeTakeFirst();
    if (!creator) return undefined;
    const at = isoTime(now());
    const { name, description, focus, guidelines, waitingRoom, talkingStick, turnSeconds } = input;
    const row = await trx
      .insertInto('groups')
      .values({
        id: randomUUID(),
        name,
        description,
        focus,
        guidelines,
        waiting_room: waitingRoom ? 1 : 0,
        talking_stick: talkingStick ? 1 : 0,
        turn_seconds: turnSeconds,
        created_at: at,
        created_by: input.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const pseudonym = input.organiserPseudonym ?? creator.display_name;
    await conflictsAsStoreConflict(
      trx
        .insertInto('memberships')
        .values({
          id: randomUUID(),
          group_id: row.id,
          account_id: input.createdBy,
          role: 'organiser',
          pseudonym,
          pseudonym_key: normalisePseudonym(pseudonym),
          avatar_colour: null,
          credential_hash: null,
          guidelines_accepted_at: null,
          created_at: at,
        })
        .execute(),
    );
    return toGroup(row);
  });
}

/** Changes the given settings; undefined if there is no such group. */
export async function update(db: Kysely<Database>, id: string, changes: Partial<GroupSettings>): Promise<Group | undefined> {
  const set = settingsRow(changes);
  if (Object.keys(set).length === 0) return byId(db, id);
  const row = await db.updateTable('groups').set(set).where('id', '=', id).returningAll().executeTakeFirst();
  return row && toGroup(row);
}

export async function byId(db: Kysely<Database>, id: string): Promise<Group | undefined> {
  const row = await db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toGroup(row);
}

/** The groups an account is staff in, with its role there, oldest group first. */
export async function listForAccount(db: Kysely<Database>, accountId: string): Promise<GroupWithRole[]> {
  const rows = await db
    .selectFrom('groups')
    .innerJoin('memberships', 'memberships.group_id', 'groups.id')
    .selectAll('groups')
    .select(['memberships.role as role', 'memberships.id as membership_id'])
    .where('memberships.account_id', '=', accountId)
    .orderBy('groups.created_at')
    .orderBy('groups.id')
    .execute();
  return rows.map(({ role, membership_id, ...group }) => ({ ...toGroup(group), role, membershipId: membership_id }));
}

/** Deletes the group; its memberships and invites go with it (ON DELETE CASCADE). */
export async function remove(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('groups').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export { remove as delete };
