// Runs work atomically whether or not the caller is already inside a transaction, since Kysely
// cannot nest them and repositories are called both ways.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute((trx: Transaction<Database>) => work(trx));
}
