// Accounts: the organisers and facilitators who sign in with an email and a password. Members
// never have one. Password hashing is server/auth's job; this stores the finished hash.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { conflictsAsStoreConflict } from './errors';
import { normaliseEmail } from './normalise';
import type { AccountsTable, Database } from './schema';
import { isoTime } from './time';

export interface Account {
  id: string;
  /** Normalised: trimmed and lowercased. */
  email: string;
  passwordHash: string;
  displayName: string;
  canCreateGroups: boolean;
  createdAt: string;
  passwordChangedAt: string;
}

/** An account without its password hash, for lists that leave the auth code. */
export type AccountSummary = Omit<Account, 'passwordHash'>;

export interface NewAccount {
  email: string;
  passwordHash: string;
  displayName: string;
  /** Default: true only for the server's first account, which has no one else to grant it. */
  canCreateGroups?: boolean;
}

function toAccount(row: Selectable<AccountsTable>): Account {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    displayName: row.display_name,
    canCreateGroups: row.can_create_groups === 1,
    createdAt: row.created_at,
    passwordChangedAt: row.password_changed_at,
  };
}

/** Throws StoreConflict('accounts_email_key') if the email is taken, in any case. */
export async function create(db: Kysely<Database>, input: NewAccount, now: () => number): Promise<Account> {
  const at = isoTime(now());
  const canCreate = input.canCreateGroups ?? (await count(db)) === 0;
  const row = await conflictsAsStoreConflict(
    db
      .insertInto('accounts')
      .values({
        id: randomUUID(),
        email: normaliseEmail(input.email),
        password_hash: input.passwordHash,
        display_name: input.displayName,
        can_create_groups: canCreate ? 1 : 0,
        created_at: at,
        password_changed_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toAccount(row);
}

export async function byEmail(db: Kysely<Database>, email: string): Promise<Account | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row && toAccount(row);
}

export async function byId(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

export async function count(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores a new hash and stamps the change; false if there is no such account. */
export async function setPassword(db: Kysely<Database>, id: string, passwordHash: string, now: () => number): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set({ password_hash: passwordHash, password_changed_at: isoTime(now()) })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Every account, oldest first, without password hashes. */
export async function list(db: Kysely<Database>): Promise<AccountSummary[]> {
  const rows = await db.selectFrom('accounts').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => {
    const { passwordHash: _omitted, ...summary } = toAccount(row);
    return summary;
  });
}
