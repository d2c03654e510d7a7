import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('has safe defaults for a local run', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '0.0.0.0', port: 3000, rtc: { listenIp: '127.0.0.1', port: 40000 }, logLevel: 'info' });
    expect(c.workers).toBeGreaterThanOrEqual(1);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      HOST: '127.0.0.1',
      PORT: '8080',
      RTC_LISTEN_IP: '0.0.0.0',
      RTC_ANNOUNCED_ADDRESS: 'media.example.org',
      RTC_PORT: '50000',
      MEDIASOUP_WORKERS: '3',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://hearth.example.org',
    });
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      publicUrl: 'https://hearth.example.org',
      rtc: { listenIp: '0.0.0.0', announcedAddress: 'media.example.org', port: 50000 },
      workers: 3,
      logLevel: 'warn',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '' })).toMatchObject({ port: 3000, logLevel: 'info' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['RTC_LISTEN_IP', 'localhost'],
    ['MEDIASOUP_WORKERS', '0'],
    ['LOG_LEVEL', 'loud'],
    ['PUBLIC_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://root@localhost/hearth'],
    ['DATABASE_URL', 'not a url'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('needs one media port per worker below 65536', () => {
    expect(() => loadConfig({ RTC_PORT: '65535', MEDIASOUP_WORKERS: '2' })).toThrow(/RTC_PORT/);
  });

  it('keeps the database in DATA_DIR/hearth.sqlite by default, relative to the working directory', () => {
    expect(loadConfig({}).database).toEqual({ kind: 'sqlite', file: path.resolve('data', 'hearth.sqlite') });
    expect(loadConfig({ DATA_DIR: '/var/lib/hearth' }).database).toEqual({ kind: 'sqlite', file: '/var/lib/hearth/hearth.sqlite' });
    expect(loadConfig({ DATA_DIR: 'state/db' }).database).toEqual({ kind: 'sqlite', file: path.join(process.cwd(), 'state', 'db', 'hearth.sqlite') });
  });

  it.each(['postgres://hearth:s3cret@db.internal:5432/hearth', 'postgresql://db.internal/hearth?sslmode=require'])(
    'uses PostgreSQL when DATABASE_URL=%s',
    (url) => {
      expect(loadConfig({ DATABASE_URL: url, DATA_DIR: '/ignored' }).database).toEqual({ kind: 'postgres', url });
    },
  );

  it('never repeats DATABASE_URL in an error, since it may carry a password', () => {
    const bad = 'mysql://hearth:hunter2-secret@db.internal/hearth';
    const message = (() => {
      try {
        loadConfig({ DATABASE_URL: bad });
      } catch (err) {
        return err instanceof ConfigError ? err.message : 'not a ConfigError';
      }
      return 'did not throw';
    })();
    expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL \(got \[redacted\]\)/);
    expect(message).not.toMatch(/hunter2|db\.internal/);
  });

  it('trusts no proxy by default, and as many hops as TRUST_PROXY says', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'loopback' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '-1' })).toThrow(/TRUST_PROXY/);
  });
});
