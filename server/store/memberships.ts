// Who belongs to a group and as what. Staff (organiser, facilitators) are accounts; members are
// pseudonymous: a name chosen for this group and a credential, never an email or real name.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { conflictsAsStoreConflict } from './errors';
import { normalisePseudonym } from './normalise';
import type { Database, MembershipRole, MembershipsTable, StaffRole } from './schema';
import { isoTime } from './time';

export interface Membership {
  id: string;
  groupId: string;
  /** Set for staff; undefined for members, who prove themselves with a credential instead. */
  accountId: string | undefined;
  role: MembershipRole;
  pseudonym: string;
  avatarColour: string | undefined;
  guidelinesAcceptedAt: string | undefined;
  createdAt: string;
}

export interface NewStaff {
  groupId: string;
  accountId: string;
  role: StaffRole;
  pseudonym: string;
  avatarColour?: string;
}

export interface NewMember {
  groupId: string;
  pseudonym: string;
  /** hashToken(credential): the credential itself is shown to the member once and never stored. */
  credentialHash: string;
  avatarColour?: string;
  /** True when the member accepted the group's guidelines while joining: stamps now(). */
  acceptedGuidelines: boolean;
}

function toMembership(row: Selectable<MembershipsTable>): Membership {
  return {
    id: row.id,
    groupId: row.group_id,
    accountId: row.account_id ?? undefined,
    role: row.role,
    pseudonym: row.pseudonym,
    avatarColour: row.avatar_colour ?? undefined,
    guidelinesAcceptedAt: row.guidelines_accepted_at ?? undefined,
    createdAt: row.created_at,
  };
}

/**
 * Adds an account as staff. Throws StoreConflict: 'memberships_group_account_key' if the
 * account is already in the group, 'memberships_group_pseudonym_key' if the name is taken there.
 */
export async function addStaff(db: Kysely<Database>, input: NewStaff, now: () => number): Promise<Membership> {
  const row = await conflictsAsStoreConflict(
    db
      .insertInto('memberships')
      .values({
        id: randomUUID(),
        group_id: input.groupId,
        account_id: input.accountId,
        role: input.role,
        pseudonym: input.pseudonym,
        pseudonym_key: normalisePseudonym(input.pseudonym),
        avatar_colour: input.avatarColour ?? null,
        credential_hash: null,
        guidelines_accepted_at: null,
        created_at: isoTime(now()),
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toMembership(row);
}

/** Adds a pseudonymous member. Throws StoreConflict 'memberships_group_pseudonym_key' if the name is taken. */
export async function addMember(db: Kysely<Database>, input: NewMember, now: () => number): Promise<Membership> {
  const at = isoTime(now());
  const row = await conflictsAsStoreConflict(
    db
      .insertInto('memberships')
      .values({
        id: randomUUID(),
        group_id: input.groupId,
        account_id: null,
        role: 'member',
        pseudonym: input.pseudonym,
        pseudonym_key: normalisePseudonym(input.pseudonym),
        avatar_colour: input.avatarColour ?? null,
        credential_hash: input.credentialHash,
        guidelines_accepted_at: input.acceptedGuidelines ? at : null,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toMembership(row);
}

export async function byId(db: Kysely<Database>, id: string): Promise<Membership | undefined> {
  const row = await db.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMembership(row);
}

export async function byCredentialHash(db: Kysely<Database>, credentialHash: string): Promise<Membership | undefined> {
  const row = await db.selectFrom('memberships').selectAll().where('credential_hash', '=', credentialHash).executeTakeFirst();
  return row && toMembership(row);
}

export async function byGroupAndAccount(db: Kysely<Database>, groupId: string, accountId: string): Promise<Membership | undefined> {
  const row = await db
    .selectFrom('memberships')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row && toMembership(row);
}

/** Everyone in the group, in the order they joined. */
export async function listForGroup(db: Kysely<Database>, groupId: string): Promise<Membership[]> {
  const rows = await db.selectFrom('memberships').selectAll().where('group_id', '=', groupId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toMembership);
}

/** Removes a membership of this group; false if there is none (or it belongs to another group). */
export async function remove(db: Kysely<Database>, groupId: string, membershipId: string): Promise<boolean> {
  const result = await db.deleteFrom('memberships').where('id', '=', membershipId).where('group_id', '=', groupId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Whether the name, compared as normalisePseudonym does, is in use in the group. */
export async function isPseudonymTaken(db: Kysely<Database>, groupId: string, pseudonym: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('group_id', '=', groupId)
    .where('pseudonym_key', '=', normalisePseudonym(pseudonym))
    .executeTakeFirst();
  return row !== undefined;
}

/** Changes a role within this group; undefined if there is no such membership there. */
export async function setRole(db: Kysely<Database>, groupId: string, membershipId: string, role: MembershipRole): Promise<Membership | undefined> {
  const row = await db
    .updateTable('memberships')
    .set({ role })
    .where('id', '=', membershipId)
    .where('group_id', '=', groupId)
    .returningAll()
    .executeTakeFirst();
  return row && toMembership(row);
}
