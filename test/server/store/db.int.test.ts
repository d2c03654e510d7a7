import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config';
import { describeDatabase, openDatabase, type DatabaseHandle } from '../../../server/store/db';
import { createStore } from '../../../server/store/index';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';

describe.each(TEST_DIALECTS)('the database handle on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  it('reports its dialect and hands back 64-bit counts as JS numbers', async () => {
    expect(t.handle.dialect).toBe(dialect);
    const db = t.handle.db as unknown as Kysely<unknown>;
    await createStore(t.handle).accounts.create({ email: 'n@example.org', passwordHash: 'h', displayName: 'N' });
    const { rows } = await sql<{ n: unknown; big: unknown }>`select count(*) as n, cast(9007199254740991 as bigint) as big from accounts`.execute(db);
    expect(rows).toEqual([{ n: 1, big: 9007199254740991 }]);
  });

  it('close is idempotent', async () => {
    const extra = await t.database.open();
    await extra.close();
    await expect(extra.close()).resolves.toBeUndefined();
  });
});

describe('the SQLite file', () => {
  const dirs: string[] = [];
  const handles: DatabaseHandle[] = [];
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.close()));
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lives under DATA_DIR (created if missing), in WAL mode with foreign keys on', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-datadir-'));
    dirs.push(root);
    const dataDir = path.join(root, 'nested', 'data');
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.database).toEqual({ kind: 'sqlite', file: path.join(dataDir, 'hearth.sqlite') });

    const handle = await openDatabase(config.database);
    handles.push(handle);
    expect(handle.dialect).toBe('sqlite');
    expect(fs.statSync(path.join(dataDir, 'hearth.sqlite')).isFile()).toBe(true);

    const db = handle.db as unknown as Kysely<unknown>;
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(journal.rows).toEqual([{ journal_mode: 'wal' }]);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(fk.rows).toEqual([{ foreign_keys: 1 }]);
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
    expect(busy.rows[0]?.timeout).toBeGreaterThan(0);

    // A write goes through the WAL file beside the database.
    await createStore(handle).accounts.create({ email: 'wal@example.org', passwordHash: 'h', displayName: 'W' });
    expect(fs.existsSync(path.join(dataDir, 'hearth.sqlite-wal'))).toBe(true);
  });

  it('keeps its data across close and reopen', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-datadir-'));
    dirs.push(root);
    const { database } = loadConfig({ DATA_DIR: root });
    const first = await openDatabase(database);
    const account = await createStore(first).accounts.create({ email: 'again@example.org', passwordHash: 'h', displayName: 'A' });
    await first.close();
    await first.close(); // idempotent

    const second = await openDatabase(database);
    handles.push(second);
    expect(await createStore(second).accounts.byId(account.id)).toEqual(account);
  });
});

describe('describeDatabase', () => {
  it('names the SQLite file, and the Postgres host and database without credentials', () => {
    expect(describeDatabase({ kind: 'sqlite', file: '/srv/hearth/data/hearth.sqlite' })).toBe('sqlite /srv/hearth/data/hearth.sqlite');
    const text = describeDatabase({ kind: 'postgres', url: 'postgres://hearth:hunter2@db.internal:6543/hearth?sslmode=require' });
    expect(text).toBe('postgres db.internal:6543/hearth');
  });
});
