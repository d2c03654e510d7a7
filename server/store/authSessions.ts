// Signed-in account sessions. The cookie holds a random token; only its sha-256 (idHash) is
// stored, so reading the database does not let anyone sign in. Lifetimes come from the caller.
import type { Kysely, Selectable } from 'kysely';
import { conflictsAsStoreConflict } from './errors';
import type { AuthSessionsTable, Database } from './schema';
import { isoTime } from './time';

export interface AuthSession {
  idHash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

function toSession(row: Selectable<AuthSessionsTable>): AuthSession {
  return {
    idHash: row.id_hash,
    accountId: row.account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
  };
}

export async function create(
  db: Kysely<Database>,
  input: { idHash: string; accountId: string; ttlMs: number },
  now: () => number,
): Promise<AuthSession> {
  const t = now();
  const row = await conflictsAsStoreConflict(
    db
      .insertInto('auth_sessions')
      .values({
        id_hash: input.idHash,
        account_id: input.accountId,
        created_at: isoTime(t),
        expires_at: isoTime(t + input.ttlMs),
        last_seen_at: isoTime(t),
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toSession(row);
}

/** The session if it exists and has not expired. */
export async function find(db: Kysely<Database>, idHash: string, now: () => number): Promise<AuthSession | undefined> {
  const row = await db
    .selectFrom('auth_sessions')
    .selectAll()
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', isoTime(now()))
    .executeTakeFirst();
  return row && toSession(row);
}

/**
 * Records activity on a live session and, given ttlMs, slides its expiry to now + ttlMs.
 * Returns the updated session, or undefined if it is gone or expired (an expired one stays dead).
 */
export async function touch(
  db: Kysely<Database>,
  idHash: string,
  now: () => number,
  opts: { ttlMs?: number } = {},
): Promise<AuthSession | undefined> {
  const t = now();
  const row = await db
    .updateTable('auth_sessions')
    .set(opts.ttlMs === undefined ? { last_seen_at: isoTime(t) } : { last_seen_at: isoTime(t), expires_at: isoTime(t + opts.ttlMs) })
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', isoTime(t))
    .returningAll()
    .executeTakeFirst();
  return row && toSession(row);
}

/** Signs one session out; false if there was none. */
export async function remove(db: Kysely<Database>, idHash: string): Promise<boolean> {
  const result = await db.deleteFrom('auth_sessions').where('id_hash', '=', idHash).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Signs an account out everywhere (say after a password change), optionally keeping one session. */
export async function deleteForAccount(db: Kysely<Database>, accountId: string, opts: { except?: string } = {}): Promise<number> {
  let q = db.deleteFrom('auth_sessions').where('account_id', '=', accountId);
  if (opts.except !== undefined) q = q.where('id_hash', '<>', opts.except);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes every expired session; returns how many. */
export async function purgeExpired(db: Kysely<Database>, now: () => number): Promise<number> {
  const result = await db.deleteFrom('auth_sessions').where('expires_at', '<=', isoTime(now())).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export { remove as delete };
