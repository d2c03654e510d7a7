// Configuration: environment variables parsed and validated once, with safe defaults for a local run.
import os from 'node:os';
import path from 'node:path';
import { isIP } from 'node:net';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const ip = z.string().refine((s) => isIP(s) !== 0, 'must be an IPv4 or IPv6 address');
const postgresUrl = z.string().refine((s) => {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}, 'must be a postgres:// or postgresql:// URL');

// A hop count, so X-Forwarded-* is believed only from as many proxies as really stand in front;
// "true" means the usual single proxy, never express's "trust everyone".
const trustProxy = z
  .enum(['true', 'false'])
  .transform((s) => (s === 'true' ? 1 : 0))
  .or(z.coerce.number().int().min(0).max(10));

// Values that may carry a password: an error message never repeats them.
const SECRET_VARIABLES = new Set(['DATABASE_URL']);

const envSchema = z.object({
  HOST: z.string().min(1).default('0.0.0.0').describe('HTTP listen address'),
  PORT: port.default(3000).describe('HTTP port'),
  PUBLIC_URL: z.url().optional().describe('URL people open, when behind a proxy'),
  RTC_LISTEN_IP: ip.default('127.0.0.1').describe('IP the media sockets bind to'),
  RTC_ANNOUNCED_ADDRESS: z.string().min(1).optional().describe('public IP or host name sent to browsers'),
  RTC_PORT: port.default(40000).describe('first media port; worker N listens on RTC_PORT+N (UDP and TCP); 0 = any'),
  MEDIASOUP_WORKERS: z.coerce.number().int().min(1).max(64).optional().describe('media workers (default: one per core)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIR: z.string().min(1).default('dist/client').describe('built client to serve'),
  DATA_DIR: z.string().min(1).default('data').describe('directory for the SQLite database file (hearth.sqlite), relative to the working directory'),
  DATABASE_URL: postgresUrl.optional().describe('postgres:// URL: use PostgreSQL instead of the SQLite file (never logged)'),
  TRUST_PROXY: trustProxy
    .default(0)
    .describe('reverse proxies in front of Hearth whose X-Forwarded-For/-Proto to believe (0 = none; true = 1)'),
  JOIN_EARLY_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(120)
    .default(10)
    .describe('minutes before a scheduled session starts that members may join its live room (0-120)'),
});

/** Where accounts, groups and memberships live: the SQLite file by default, PostgreSQL by URL. */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** The SQLite file's name inside DATA_DIR. */
export const SQLITE_FILE_NAME = 'hearth.sqlite';

export interface Config {
  host: string;
  port: number;
  publicUrl: string | undefined;
  rtc: { listenIp: string; announcedAddress: string | undefined; port: number };
  workers: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  clientDir: string;
  database: DatabaseConfig;
  /** Proxy hops whose X-Forwarded-For/-Proto headers are believed; 0 = none. */
  trustProxy: number;
  /** Minutes before a scheduled occurrence starts that members may join (the join window). */
  joinEarlyMinutes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse the environment; throws ConfigError listing every invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in most shells' `FOO= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      const got = SECRET_VARIABLES.has(name) ? '[redacted]' : JSON.stringify(env[name]);
      return `  ${i.path.join('.')}: ${i.message} (got ${got})`;
    });
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.RTC_PORT !== 0 && e.RTC_PORT + (e.MEDIASOUP_WORKERS ?? os.availableParallelism()) - 1 > 65535) {
    throw new ConfigError('invalid configuration:\n  RTC_PORT: not enough ports above it for one per worker');
  }
  return {
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    rtc: { listenIp: e.RTC_LISTEN_IP, announcedAddress: e.RTC_ANNOUNCED_ADDRESS, port: e.RTC_PORT },
    workers: e.MEDIASOUP_WORKERS ?? os.availableParallelism(),
    logLevel: e.LOG_LEVEL,
    clientDir: e.CLIENT_DIR,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: path.resolve(e.DATA_DIR, SQLITE_FILE_NAME) },
    trustProxy: e.TRUST_PROXY,
    joinEarlyMinutes: e.JOIN_EARLY_MINUTES,
  };
}

/** Every variable with its description, for README and `--help`. */
export function describeEnv(): Array<{ name: string; description: string }> {
  return Object.entries(envSchema.shape).map(([name, s]) => ({ name, description: s.description ?? '' }));
}
