// Security headers on every answer, the client's pages served under a strict CSP, and error
// bodies that never carry a stack trace, even for a real internal error.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/store/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, setUpOrganiser } from '../../helpers/api';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

const noStack = (text: string) => {
  expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|\.ts:\d+|Error:\s/);
  expect(text).not.toMatch(/"stack"/);
};

describe('HTTP surface', () => {
  let server: TestServer;
  let clientDir: string;

  beforeAll(async () => {
    clientDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-client-'));
    await fs.writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Hearth</title><div id="root"></div>');
    server = await startTestServer({ CLIENT_DIR: clientDir });
  });
  afterAll(async () => {
    await server?.close();
    await fs.rm(clientDir, { recursive: true, force: true });
  });

  it('serves the client’s pages with a strict CSP and no x-powered-by', async () => {
    for (const page of ['/', '/r/calm-room', '/setup', '/signin', '/groups', '/groups/3f1c2d4e-0000-4000-8000-000000000000', '/invite/abc.def', '/me', '/g/3f1c2d4e-0000-4000-8000-000000000000']) {
      const res = await fetch(new URL(page, server.url));
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp.split(';').map((d) => d.trim()).filter(Boolean).sort(), page).toEqual([...CSP].sort());
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toBeNull(); // plain http here
      await res.text();
    }
  });

  it('keeps /healthz and /metrics working', async () => {
    const health = await fetch(new URL('/healthz', server.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const metrics = await fetch(new URL('/metrics', server.url));
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('# HELP');
  });

  it('marks API answers uncacheable and sends the security headers there too', async () => {
    const res = await new Browser(server.url).call('me');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers errors as { error: { code, message } } without stack traces', async () => {
    const browser = new Browser(server.url);
    const answers = [
      await browser.request('GET', '/api/nope'),
      await browser.request('POST', '/api/auth/login', { rawBody: '{"email": ' }),
      await browser.request('POST', '/api/auth/login', { rawBody: JSON.stringify({ email: 'x'.repeat(70_000) }) }),
      await browser.request('GET', '/api/groups/not-a-uuid'),
      await browser.request('GET', '/nothing-here'),
      await browser.request('GET', '/groups/%E0%A4%A'),
      await browser.request('GET', '/api/groups/%E0%A4%A'),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 400, 413, 400, 404, 400, 400]);
    for (const a of answers) {
      expect(a.body).toEqual({ error: { code: expect.any(String), message: expect.any(String), ...((a.body as { error: { fields?: unknown } }).error.fields ? { fields: expect.any(Object) } : {}) } });
      noStack(a.text);
    }
  });

  it('answers a real internal error as a bare `internal`', async () => {
    const organiser = await setUpOrganiser(server.url);
    const group = await createGroup(organiser);
    // Break the database under the running server: the next group query fails inside the driver.
    const side = await openDatabase(server.database, { migrate: false });
    try {
      await side.db.schema.alterTable('groups').renameTo('groups_gone').execute();
      const res = await organiser.call('getGroup', { params: { groupId: group.id } });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'internal', message: expect.any(String) } });
      noStack(res.text);
      expect(res.text).not.toMatch(/groups|sqlite|no such table/i);
    } finally {
      await side.db.schema.alterTable('groups_gone').renameTo('groups').execute();
      await side.close();
    }
  });
});
