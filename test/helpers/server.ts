// Starts the real server (real mediasoup worker, real socket.io) on free ports for a test, on a
// database of its own: a fresh temporary DATA_DIR (SQLite, the default) or a fresh PostgreSQL
// schema, both removed on close. Tests never write ./data.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type DatabaseConfig } from '../../server/config';
import { startServer, type RunningServer, type StartOptions } from '../../server/app';
import { createLogger, type Logger } from '../../server/log';
import type { Dialect } from '../../server/store/db';

export interface TestServerOptions extends StartOptions {
  /** Which database to run on; default SQLite. Ignored when env gives DATABASE_URL. */
  database?: Dialect;
  logger?: Logger;
}

export type TestServer = RunningServer & { database: DatabaseConfig };

export async function startTestServer(env: Record<string, string> = {}, opts: TestServerOptions = {}): Promise<TestServer> {
  let cleanup = async () => {};
  const own: Record<string, string> = {};
  if (!env.DATABASE_URL && opts.database === 'postgres') {
    // Loaded only when asked for: db.ts uses vitest's hooks, and benchmarks run this helper outside vitest.
    const { createTestDatabase } = await import('./db');
    const db = await createTestDatabase('postgres');
    if (db.config.kind !== 'postgres') throw new Error('expected a PostgreSQL test database');
    own.DATABASE_URL = db.config.url;
    cleanup = () => db.drop();
  } else if (!env.DATABASE_URL && !env.DATA_DIR) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-server-'));
    own.DATA_DIR = dir;
    cleanup = () => fs.rm(dir, { recursive: true, force: true });
  }
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    RTC_LISTEN_IP: '127.0.0.1',
    RTC_PORT: '0',
    MEDIASOUP_WORKERS: '1',
    LOG_LEVEL: 'silent',
    ...own,
    ...env,
  });
  let server: RunningServer;
  try {
    server = await startServer(config, opts.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), { now: opts.now });
  } catch (err) {
    await cleanup();
    throw err;
  }
  const close = async () => {
    await server.close();
    await cleanup();
  };
  return { ...server, close, database: config.database };
}

/** Routers and transports alive in every worker, straight from the workers' own dumps. */
export async function workerObjectCounts(server: RunningServer): Promise<{ routers: number; transports: number }> {
  let routers = 0;
  let transports = 0;
  for (const slot of server.pool.list()) {
    if (!slot) continue;
    const dump = await slot.worker.dump();
    routers += dump.routerIds.length;
    const ws = await slot.webRtcServer.dump();
    transports += ws.webRtcTransportIds.length;
  }
  return { routers, transports };
}
