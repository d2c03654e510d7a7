// Turns a unique-constraint violation from either database into one typed StoreConflict, so the
// app can answer "that email is taken" without knowing which database it runs on.
import type { Database } from './schema';

export const UNIQUE_CONSTRAINTS = [
  'accounts_email_key',
  'memberships_group_pseudonym_key',
  'memberships_group_account_key',
  'memberships_credential_hash_key',
  'invites_token_hash_key',
] as const;

/** A named unique constraint, a table's primary key, or 'unknown' for one added without a name here. */
export type UniqueConstraint = (typeof UNIQUE_CONSTRAINTS)[number] | `${keyof Database}_pkey` | 'unknown';

export class StoreConflict extends Error {
  override name = 'StoreConflict';
  // The message names only the constraint: the database's own text can quote the value (an email).
  constructor(readonly constraint: UniqueConstraint) {
    super(`conflict on ${constraint}`);
  }
}

// SQLite names the columns, not the constraint: "UNIQUE constraint failed: accounts.email".
const SQLITE_COLUMNS: Record<string, UniqueConstraint> = {
  'accounts.email': 'accounts_email_key',
  'memberships.group_id, memberships.pseudonym_key': 'memberships_group_pseudonym_key',
  'memberships.group_id, memberships.account_id': 'memberships_group_account_key',
  'memberships.credential_hash': 'memberships_credential_hash_key',
  'invites.token_hash': 'invites_token_hash_key',
};

const TABLES: ReadonlySet<string> = new Set<keyof Database>([
  'accounts',
  'groups',
  'memberships',
  'invites',
  'auth_sessions',
  'server_secrets',
]);

function known(name: string): UniqueConstraint {
  if ((UNIQUE_CONSTRAINTS as readonly string[]).includes(name)) return name as UniqueConstraint;
  const pkTable = name.endsWith('_pkey') ? name.slice(0, -'_pkey'.length) : '';
  return TABLES.has(pkTable) ? (name as UniqueConstraint) : 'unknown';
}

/** The StoreConflict this error stands for, or undefined if it is not a uniqueness violation. */
export function asConflict(err: unknown): StoreConflict | undefined {
  if (err instanceof StoreConflict) return err;
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, message, constraint } = err as { code?: unknown; message?: unknown; constraint?: unknown };
  if (code === '23505') return new StoreConflict(typeof constraint === 'string' ? known(constraint) : 'unknown');
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const columns = typeof message === 'string' ? message.replace(/^UNIQUE constraint failed: /, '') : '';
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new StoreConflict(known(`${columns.split('.')[0] ?? ''}_pkey`));
    return new StoreConflict(SQLITE_COLUMNS[columns] ?? 'unknown');
  }
  return undefined;
}

/** Awaits a write, rethrowing a uniqueness violation as StoreConflict and anything else as is. */
export async function conflictsAsStoreConflict<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    throw asConflict(err) ?? err;
  }
}
