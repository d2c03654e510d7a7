// Opens the database the config names (an SQLite file by default, PostgreSQL by URL) as one
// Kysely instance, and migrates it to the newest schema before anyone queries it.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export type Dialect = DatabaseConfig['kind'];

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The clock the store uses unless createStore is given another. */
  now: () => number;
  /** Closes the file or the pool; safe to call more than once. */
  close(): Promise<void>;
}

export interface OpenOptions {
  now?: () => number;
  /** false leaves the schema as it is: only for tests that migrate step by step. */
  migrate?: boolean;
  /**
   * Postgres only: an idle pooled connection failed (say the server restarted). The pool drops
   * it and the next query reconnects, so this is for logging; without a listener pg would crash
   * the process.
   */
  onPoolError?: (err: Error) => void;
}

// How long a write waits for another process's write lock before failing with SQLITE_BUSY.
const SQLITE_BUSY_TIMEOUT_MS = 5000;
// Connections per server instance: the store's queries are short, and Postgres's default limit
// of 100 connections is shared by every instance.
const POSTGRES_POOL_SIZE = 10;
const PG_INT8_OID = 20;

/**
 * Kysely treats SQLite DDL as non-transactional and runs migrations bare; SQLite does roll
 * back DDL, so claiming support makes a failed migration leave the previous version intact.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class HearthSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

function openSqlite(file: string): Kysely<Database> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    // WAL: readers never block the writer, and a crash cannot corrupt the file.
    sqlite.pragma('journal_mode = WAL');
    // With WAL, NORMAL loses at most the last commits on power loss, never consistency.
    sqlite.pragma('synchronous = NORMAL');
    // Off by default in SQLite; cascades and references depend on it.
    sqlite.pragma('foreign_keys = ON');
  } catch (err) {
    sqlite.close();
    throw err;
  }
  return new Kysely<Database>({ dialect: new HearthSqliteDialect({ database: sqlite }) });
}

function openPostgres(url: string, onPoolError: (err: Error) => void): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POSTGRES_POOL_SIZE,
    // count(*) and other int8 results would otherwise arrive as strings; ours stay far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === PG_INT8_OID && format !== 'binary' ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', onPoolError);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export async function openDatabase(cfg: DatabaseConfig, opts: OpenOptions = {}): Promise<DatabaseHandle> {
  const db = cfg.kind === 'sqlite' ? openSqlite(cfg.file) : openPostgres(cfg.url, opts.onPoolError ?? (() => {}));
  let closing: Promise<void> | undefined;
  const handle: DatabaseHandle = {
    db,
    dialect: cfg.kind,
    now: opts.now ?? Date.now,
    close: () => (closing ??= db.destroy()),
  };
  if (opts.migrate !== false) {
    try {
      await migrateToLatest(db);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
  return handle;
}

/** What to put in a log line about the database: never the URL, which may hold a password. */
export function describeDatabase(cfg: DatabaseConfig): string {
  if (cfg.kind === 'sqlite') return `sqlite ${cfg.file}`;
  try {
    const u = new URL(cfg.url);
    return `postgres ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}
