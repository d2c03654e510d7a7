import { sql, type Kysely, type Migration } from 'kysely';
import type { DatabaseHandle } from '../../../server/store/db';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../server/store/index';
import { MigrationError, migrateTo, migrateToLatest, migrationStatus } from '../../../server/store/migrate';
import { LATEST_MIGRATION, MIGRATIONS } from '../../../server/store/migrations/index';
import { createTestDatabase, TEST_DIALECTS, testClock, type TestDatabase } from '../../helpers/db';
import { GROUP_SETTINGS } from './fixtures';

const ALL_TABLES = ['accounts', 'auth_sessions', 'availability', 'breakout_plans', 'calendar_feeds', 'groups', 'invites', 'live_sessions', 'memberships', 'series', 'server_secrets'];

/** Our tables in this database (or this test's schema), without Kysely's bookkeeping. */
async function tables(handle: DatabaseHandle): Promise<string[]> {
  const db = handle.db as unknown as Kysely<unknown>;
  const query =
    handle.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`;
  const { rows } = await query.execute(db);
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('kysely_'))
    .sort();
}

async function executed(handle: DatabaseHandle): Promise<string[]> {
  return (await migrationStatus(handle.db)).filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });
  const fresh = async () => (database = await createTestDatabase(dialect));

  it('opening an empty database migrates it to the latest version', async () => {
    const d = await fresh();
    const bare = await d.open({ migrate: false });
    expect(await tables(bare)).toEqual([]);
    expect(await executed(bare)).toEqual([]);
    await bare.close();

    const handle = await d.open();
    expect(await tables(handle)).toEqual(ALL_TABLES);
    expect(await executed(handle)).toEqual(['0001_identity', '0002_invites_sessions', '0003_live_sessions', '0004_schedules', '0005_breakout_plans', '0006_breakout_plans_opened']);
    expect(LATEST_MIGRATION).toBe('0006_breakout_plans_opened');
    // A second open finds nothing left to do.
    expect(await migrateToLatest(handle.db)).toEqual([]);
  });

  it('upgrades a database at 0001 that holds data, keeping the data', async () => {
    const d = await fresh();
    const clock = testClock();
    const old = await d.open({ migrate: false, now: clock.now });
    expect(await migrateTo(old.db, '0001_identity')).toEqual(['+0001_identity']);
    expect(await tables(old)).toEqual(['accounts', 'groups', 'memberships']);
    const oldStore = createStore(old);
    const account = await oldStore.accounts.create({ email: 'Keeper@Example.org', passwordHash: 'h1', displayName: 'Kim' });
    const group = await oldStore.groups.create({ ...GROUP_SETTINGS, createdBy: account.id });
    await old.close();

    const handle = await d.open({ now: clock.now });
    expect(await executed(handle)).toEqual(['0001_identity', '0002_invites_sessions', '0003_live_sessions', '0004_schedules', '0005_breakout_plans', '0006_breakout_plans_opened']);
    const store = createStore(handle);
    expect(await store.accounts.byEmail('keeper@example.org')).toEqual(account);
    expect(await store.groups.byId(group?.id ?? 'missing')).toEqual(group);
    expect((await store.memberships.listForGroup(group?.id ?? 'missing')).map((m) => [m.role, m.pseudonym])).toEqual([['organiser', 'Kim']]);
    // and the new tables work against the old rows
    const invite = await store.invites.create({ groupId: group?.id ?? 'missing', tokenHash: 'a'.repeat(64), role: 'member', createdBy: account.id, ttlMs: 60_000 });
    expect(invite.uses).toBe(0);
  });

  it('migrates down one version and to empty, and back up', async () => {
    const d = await fresh();
    const handle = await d.open();
    const store = createStore(handle);
    const account = await store.accounts.create({ email: 'down@example.org', passwordHash: 'h', displayName: 'Dee' });
    await store.secrets.getOrCreate('k', () => 'v');

    await store.liveSessions.save('g-x', { settings: { locked: true }, blocked: ['membership:1'] });
    expect(await migrateTo(handle.db, '0005_breakout_plans')).toEqual(['-0006_breakout_plans_opened']);
    expect(await tables(handle)).toContain('breakout_plans');
    expect(await migrateTo(handle.db, '0004_schedules')).toEqual(['-0005_breakout_plans']);
    expect(await tables(handle)).not.toContain('breakout_plans');
    expect(await tables(handle)).toContain('series');
    expect(await migrateTo(handle.db, '0003_live_sessions')).toEqual(['-0004_schedules']);
    expect(await tables(handle)).not.toContain('series');
    expect(await migrateTo(handle.db, '0002_invites_sessions')).toEqual(['-0003_live_sessions']);
    expect(await tables(handle)).not.toContain('live_sessions');
    expect(await migrateTo(handle.db, '0001_identity')).toEqual(['-0002_invites_sessions']);
    expect(await tables(handle)).toEqual(['accounts', 'groups', 'memberships']);
    expect(await store.accounts.byId(account.id)).toEqual(account);

    expect(await migrateTo(handle.db, null)).toEqual(['-0001_identity']);
    expect(await tables(handle)).toEqual([]);
    expect(await executed(handle)).toEqual([]);

    expect(await migrateToLatest(handle.db)).toEqual(['+0001_identity', '+0002_invites_sessions', '+0003_live_sessions', '+0004_schedules', '+0005_breakout_plans', '+0006_breakout_plans_opened']);
    expect(await tables(handle)).toEqual(ALL_TABLES);
    expect(await store.accounts.count()).toBe(0);
  });

  it('a migration that fails leaves the previous version intact', async () => {
    const d = await fresh();
    const handle = await d.open();
    const broken: Migration = {
      async up(db) {
        await db.schema.createTable('half_done').addColumn('id', 'text').execute();
        throw new Error('boom in the middle');
      },
    };
    const withBroken = { ...MIGRATIONS, '0007_broken': broken };
    await expect(migrateToLatest(handle.db, withBroken)).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(handle.db, withBroken)).rejects.toThrow(/0007_broken: boom in the middle/);
    expect(await tables(handle)).toEqual(ALL_TABLES);
    const status = await migrationStatus(handle.db, withBroken);
    expect(status.map((m) => [m.name, m.executedAt !== undefined])).toEqual([
      ['0001_identity', true],
      ['0002_invites_sessions', true],
      ['0003_live_sessions', true],
      ['0004_schedules', true],
      ['0005_breakout_plans', true],
      ['0006_breakout_plans_opened', true],
      ['0007_broken', false],
    ]);
  });
});
