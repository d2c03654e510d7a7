// Accounts over real HTTP against the real server, on SQLite and on PostgreSQL: first-run setup,
// signing in and out, session expiry, sign-in limits, and the CSRF and JSON-only rules.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, GROUP_BODY, PASSWORD, setUpOrganiser, uniqueEmail } from '../../helpers/api';

const DAY = 24 * 60 * 60 * 1000;

describe.each(TEST_DIALECTS)('accounts on %s', (dialect) => {
  let server: TestServer;
  let clock: ReturnType<typeof testClock>;

  beforeEach(async () => {
    clock = testClock(Date.now());
    server = await startTestServer({}, { database: dialect, now: clock.now });
  });
  afterEach(async () => {
    await server.close();
  });

  describe('first run', () => {
    it('creates the first organiser once, signs them in, and refuses a second setup', async () => {
      const visitor = new Browser(server.url);
      expect((await visitor.ok('setupStatus')).needsSetup).toBe(true);

      const email = uniqueEmail();
      const setup = await visitor.call('setup', { body: { email: ` ${email.toUpperCase()} `, password: PASSWORD, displayName: 'Ana' } });
      expect(setup.status).toBe(201);
      expect(setup.body).toEqual({ id: expect.any(String), email, displayName: 'Ana', canCreateGroups: true });
      expect(visitor.cookies.has('hearth_session')).toBe(true);
      expect((await visitor.ok('me')).account?.email).toBe(email);

      const late = new Browser(server.url);
      expect((await late.ok('setupStatus')).needsSetup).toBe(false);
      const again = await late.call('setup', { body: { email: uniqueEmail(), password: PASSWORD, displayName: 'Mallory' } });
      expect(again.status).toBe(409);
      expect(again.body.error?.code).toBe('conflict');
      expect(late.cookies.size).toBe(0);
    });

    it('lets only one of two simultaneous setups win', async () => {
      const [a, b] = [new Browser(server.url), new Browser(server.url)];
      const results = await Promise.all([
        a.call('setup', { body: { email: uniqueEmail(), password: PASSWORD, displayName: 'A' } }),
        b.call('setup', { body: { email: uniqueEmail(), password: PASSWORD, displayName: 'B' } }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(await server.store.accounts.count()).toBe(1);
    });

    it('sets cookies httpOnly, SameSite=Lax, Path=/, and not Secure over plain http', async () => {
      const browser = new Browser(server.url);
      const res = await browser.call('setup', { body: { email: uniqueEmail(), password: PASSWORD, displayName: 'Ana' } });
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('hearth_session='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/i);
      expect(cookie).toMatch(/Max-Age=1209600/);
    });
  });

  describe('signing in', () => {
    it('signs in and out; a wrong password or unknown email is refused alike', async () => {
      const email = uniqueEmail();
      await setUpOrganiser(server.url, email);
      const browser = new Browser(server.url);

      const wrong = await browser.call('login', { body: { email, password: 'not the password' } });
      const unknown = await browser.call('login', { body: { email: uniqueEmail(), password: PASSWORD } });
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(wrong.body.error).toEqual(unknown.body.error);
      expect(browser.cookies.size).toBe(0);

      const ok = await browser.call('login', { body: { email: email.toUpperCase(), password: PASSWORD } });
      expect(ok.status).toBe(200);
      expect(ok.body.email).toBe(email);
      expect((await browser.ok('me')).account?.email).toBe(email);

      const stolen = browser.cookies.get('hearth_session')!;
      expect((await browser.call('logout')).status).toBe(204);
      expect(browser.cookies.has('hearth_session')).toBe(false);
      expect((await browser.ok('me')).account).toBeNull();
      // The old token is dead on the server too, not just forgotten by the browser.
      const replay = new Browser(server.url);
      replay.cookies.set('hearth_session', stolen);
      expect((await replay.ok('me')).account).toBeNull();
    });

    it('expires a session 14 days after its last use, sliding with use', async () => {
      const organiser = await setUpOrganiser(server.url);
      clock.advance(13 * DAY);
      expect((await organiser.ok('me')).account).not.toBeNull(); // slides the expiry
      clock.advance(13 * DAY);
      expect((await organiser.ok('me')).account).not.toBeNull();
      clock.advance(14 * DAY + 1000);
      const me = await organiser.call('me');
      expect(me.body.account).toBeNull();
      expect(organiser.cookies.has('hearth_session')).toBe(false); // the dead cookie is cleared
      expect((await organiser.call('createGroup', { body: GROUP_BODY })).status).toBe(401);
    });

    it('allows 5 failed sign-ins per account per 15 minutes, then answers 429 with Retry-After', async () => {
      const email = uniqueEmail();
      await setUpOrganiser(server.url, email);
      const browser = new Browser(server.url);
      for (let i = 0; i < 5; i++) expect((await browser.call('login', { body: { email, password: 'wrong password' } })).status).toBe(401);
      const limited = await browser.call('login', { body: { email, password: PASSWORD } });
      expect(limited.status).toBe(429);
      expect(limited.body.error?.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another account from the same client is not locked out by this one.
      expect((await browser.call('login', { body: { email: uniqueEmail(), password: PASSWORD } })).status).toBe(401);
      clock.advance(15 * 60 * 1000);
      expect((await browser.call('login', { body: { email, password: PASSWORD } })).status).toBe(200);
    });

    it('limits sign-in attempts per client across accounts', async () => {
      const browser = new Browser(server.url);
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await browser.call('login', { body: { email: uniqueEmail(), password: 'whatever it is' } })).status);
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
    });
  });

  describe('CSRF', () => {
    it('refuses a state change without an Origin, or from another origin, and changes nothing', async () => {
      const organiser = await setUpOrganiser(server.url);
      for (const origin of [null, 'https://evil.example', 'null']) {
        const res = await organiser.call('createGroup', { body: GROUP_BODY, origin });
        expect(res.status).toBe(403);
        expect(res.body.error).toEqual({ code: 'not_authorized', message: 'cross-site request refused' });
      }
      expect((await organiser.ok('me')).groups).toEqual([]);
      // A Referer from our own pages does instead of an Origin.
      const viaReferer = await organiser.call('createGroup', { body: GROUP_BODY, origin: null, headers: { Referer: `${server.url}/groups` } });
      expect(viaReferer.status).toBe(201);
    });

    it('takes JSON bodies only', async () => {
      const organiser = await setUpOrganiser(server.url);
      const form = await organiser.call('createGroup', { rawBody: 'name=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
      expect(form.status).toBe(400);
      expect(form.body.error?.code).toBe('invalid_payload');
      const broken = await organiser.call('createGroup', { rawBody: '{"name":' });
      expect([broken.status, broken.body.error?.code]).toEqual([400, 'invalid_payload']);
      const huge = await organiser.call('createGroup', { body: { ...GROUP_BODY, guidelines: 'x'.repeat(70_000) } });
      expect([huge.status, huge.body.error?.code]).toEqual([413, 'invalid_payload']);
    });
  });
});
