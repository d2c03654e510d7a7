// Real databases for store tests: a temporary SQLite file, and a fresh schema in the test
// PostgreSQL database. Run a suite on both with
//   describe.each(TEST_DIALECTS)('%s', (dialect) => { const t = useTestDatabase(dialect); ... })
// If PostgreSQL is down its tests fail (never skip) and say how to start it.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import { SQLITE_FILE_NAME, type DatabaseConfig } from '../../server/config';
import { openDatabase, type DatabaseHandle, type Dialect, type OpenOptions } from '../../server/store/db';
import { createStore, type Store } from '../../server/store/index';

export const TEST_DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  dialect: Dialect;
  config: DatabaseConfig;
  /** SQLite only: the temporary DATA_DIR holding the file. */
  dataDir: string | undefined;
  /** Opens a handle on this database (migrated unless told not to); dropped ones close themselves. */
  open(opts?: OpenOptions): Promise<DatabaseHandle>;
  /** Closes every handle and deletes the file or schema. */
  drop(): Promise<void>;
}

/** A controllable clock for `now`. */
export function testClock(start = Date.parse('2026-03-01T10:00:00.000Z')): { now: () => number; advance(ms: number): void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

function unreachable(err: unknown): Error {
  const u = new URL(TEST_DATABASE_URL);
  const where = `${u.hostname}:${u.port || 5432}${u.pathname}`;
  const why = err instanceof Error ? err.message : String(err);
  return new Error(
    `PostgreSQL for the store tests is not reachable at ${where} (${why}). ` +
      'Start it with `bash scripts/ensure-postgres.sh`, or point TEST_DATABASE_URL at a server ' +
      'where the user may create schemas. These tests fail rather than skip, so a missing database is never counted as passing.',
    { cause: err },
  );
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    throw unreachable(err);
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const handles: DatabaseHandle[] = [];
  let config: DatabaseConfig;
  let dataDir: string | undefined;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-store-'));
    dataDir = dir;
    config = { kind: 'sqlite', file: path.join(dir, SQLITE_FILE_NAME) };
    cleanup = () => fs.rm(dir, { recursive: true, force: true });
  } else {
    // Letters and digits only, so it needs no quoting in SQL or in the search_path option.
    const schema = `hearth_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    config = { kind: 'postgres', url: withSearchPath(TEST_DATABASE_URL, schema) };
    cleanup = () => adminQuery(`drop schema if exists ${schema} cascade`);
  }
  return {
    dialect,
    config,
    dataDir,
    async open(opts) {
      const handle = await openDatabase(config, opts);
      handles.push(handle);
      return handle;
    },
    async drop() {
      await Promise.all(handles.map((h) => h.close()));
      await cleanup();
    },
  };
}

export interface UsedDatabase {
  readonly database: TestDatabase;
  readonly handle: DatabaseHandle;
  readonly store: Store;
  readonly clock: ReturnType<typeof testClock>;
}

/** A fresh, migrated database for each test, with a store on a test clock; dropped after it. */
export function useTestDatabase(dialect: Dialect): UsedDatabase {
  let current: { database: TestDatabase; handle: DatabaseHandle; store: Store; clock: ReturnType<typeof testClock> } | undefined;
  beforeEach(async () => {
    const database = await createTestDatabase(dialect);
    const clock = testClock();
    try {
      const handle = await database.open({ now: clock.now });
      current = { database, handle, clock, store: createStore(handle) };
    } catch (err) {
      await database.drop();
      throw err;
    }
  });
  afterEach(async () => {
    const done = current;
    current = undefined;
    await done?.database.drop();
  });
  const get = () => {
    if (!current) throw new Error('useTestDatabase: only available inside a test');
    return current;
  };
  return {
    get database() {
      return get().database;
    },
    get handle() {
      return get().handle;
    },
    get store() {
      return get().store;
    },
    get clock() {
      return get().clock;
    },
  };
}
