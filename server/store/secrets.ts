// Server-wide secrets (such as HMAC keys) kept in the database, so every server instance that
// shares it signs and checks with the same key, and a restart does not sign everyone out.
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The stored value of `name`, creating it with generate() if absent. Race-safe: the insert does
 * nothing if another instance got there first, and everyone then reads the one stored value.
 */
export async function getOrCreate(db: Kysely<Database>, name: string, generate: () => string): Promise<string> {
  const existing = await read(db, name);
  if (existing !== undefined) return existing;
  await db
    .insertInto('server_secrets')
    .values({ name, value: generate() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const stored = await read(db, name);
  if (stored === undefined) throw new Error(`server secret ${name} vanished right after it was stored`);
  return stored;
}

async function read(db: Kysely<Database>, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}
