// Invitations into a group. The link carries a random token; only its sha-256 is stored. An
// invite can expire, be revoked, and be limited to a number of uses, counted atomically.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { conflictsAsStoreConflict } from './errors';
import type { Database, InviteRole, InvitesTable } from './schema';
import { isoTime } from './time';

export interface Invite {
  id: string;
  groupId: string;
  role: InviteRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  /** undefined: any number of uses until it expires or is revoked. */
  maxUses: number | undefined;
  uses: number;
  revokedAt: string | undefined;
  /** The inviter's own label, such as "March intake"; never shown to the invitee by the store. */
  note: string | undefined;
}

export interface NewInvite {
  /** The caller's own id when the link is derived from it (server/auth/inviteLinks); default: a fresh UUID. */
  id?: string;
  groupId: string;
  tokenHash: string;
  role: InviteRole;
  createdBy: string;
  ttlMs: number;
  maxUses?: number;
  note?: string;
}

export type ConsumeResult =
  | { ok: true; invite: Invite }
  | { ok: false; reason: 'not_found' | 'revoked' | 'expired' | 'used_up' };

function toInvite(row: Selectable<InvitesTable>): Invite {
  return {
    id: row.id,
    groupId: row.group_id,
    role: row.role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    maxUses: row.max_uses ?? undefined,
    uses: row.uses,
    revokedAt: row.revoked_at ?? undefined,
    note: row.note ?? undefined,
  };
}

/** Throws StoreConflict('invites_token_hash_key') if the token is already in use. */
export async function create(db: Kysely<Database>, input: NewInvite, now: () => number): Promise<Invite> {
  const t = now();
  const row = await conflictsAsStoreConflict(
    db
      .insertInto('invites')
      .values({
        id: input.id ?? randomUUID(),
        group_id: input.groupId,
        token_hash: input.tokenHash,
        role: input.role,
        created_by: input.createdBy,
        created_at: isoTime(t),
        expires_at: isoTime(t + input.ttlMs),
        max_uses: input.maxUses ?? null,
        revoked_at: null,
        note: input.note ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toInvite(row);
}

/** The invite whatever its state (expired, revoked, used up): consume decides whether it works. */
export async function byTokenHash(db: Kysely<Database>, tokenHash: string): Promise<Invite | undefined> {
  const row = await db.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && toInvite(row);
}

/** Every invite of the group, newest first, including expired and revoked ones. */
export async function listForGroup(db: Kysely<Database>, groupId: string): Promise<Invite[]> {
  const rows = await db
    .selectFrom('invites')
    .selectAll()
    .where('group_id', '=', groupId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toInvite);
}

/** Revokes an invite of this group; false if there is none there or it was already revoked. */
export async function revoke(db: Kysely<Database>, groupId: string, inviteId: string, now: () => number): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set({ revoked_at: isoTime(now()) })
    .where('id', '=', inviteId)
    .where('group_id', '=', groupId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Uses the invite once. One conditional UPDATE checks and counts in a single step, so
 * concurrent accepts can never exceed max_uses. Run it in the same transaction as the
 * membership insert, so a failed join gives the use back.
 */
export async function consume(db: Kysely<Database>, tokenHash: string, now: () => number): Promise<ConsumeResult> {
  const at = isoTime(now());
  const row = await db
    .updateTable('invites')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
    .returningAll()
    .executeTakeFirst();
  if (row) return { ok: true, invite: toInvite(row) };
  // Only to explain the refusal: the decision above was already atomic.
  const invite = await byTokenHash(db, tokenHash);
  if (!invite) return { ok: false, reason: 'not_found' };
  if (invite.revokedAt !== undefined) return { ok: false, reason: 'revoked' };
  if (invite.expiresAt <= at) return { ok: false, reason: 'expired' };
  return { ok: false, reason: 'used_up' };
}
