// Deployment behind https and a reverse proxy: Secure cookies, HSTS, the origin check against
// PUBLIC_URL, and client addresses from X-Forwarded-For only when TRUST_PROXY says so.
import { afterEach, describe, expect, it } from 'vitest';
import { testClock } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, PASSWORD, uniqueEmail } from '../../helpers/api';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const setup = (browser: Browser, opts: { origin?: string; headers?: Record<string, string> } = {}) =>
  browser.call('setup', { body: { email: uniqueEmail(), password: PASSWORD, displayName: 'Ana' }, ...opts });

/** Where the server really listens (server.url is PUBLIC_URL when set). */
const local = (s: TestServer) => `http://127.0.0.1:${s.port}`;
/** A frozen clock, so attempt limits do not refill while the test runs. */
const frozen = () => ({ now: testClock().now });

const cookieOf = (res: { headers: Headers }) => res.headers.getSetCookie().find((c) => c.startsWith('hearth_session=')) ?? '';

describe('behind a proxy', () => {
  it('with an https PUBLIC_URL: Secure cookies, HSTS, and only that origin may change state', async () => {
    server = await startTestServer({ PUBLIC_URL: 'https://hearth.example.org' });
    const browser = new Browser(local(server));
    const direct = await setup(browser); // Origin http://127.0.0.1:<port>: not the public origin
    expect([direct.status, direct.body.error?.code]).toEqual([403, 'not_authorized']);
    const res = await setup(browser, { origin: 'https://hearth.example.org' });
    expect(res.status).toBe(201);
    expect(cookieOf(res)).toMatch(/;\s*Secure/i);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const invite = await browser.call('createGroup', {
      origin: 'https://hearth.example.org',
      body: { name: 'Circle', description: '', focus: 'grief', guidelines: 'Be kind.', settings: { waitingRoom: false, talkingStick: false, turnSeconds: 60 } },
    });
    const link = await browser.ok('createInvite', { origin: 'https://hearth.example.org', params: { groupId: invite.body.id }, body: { role: 'member', expiresInHours: 1, maxUses: null, note: null } });
    expect(link.url.startsWith('https://hearth.example.org/invite/')).toBe(true);
    const guestLink = await browser.ok('createGuestLink', { origin: 'https://hearth.example.org', params: { roomId: 'quiet-room' }, body: {} });
    expect(guestLink.url).toBe(`https://hearth.example.org/guest/${guestLink.token}`);
    const accepted = await new Browser(local(server)).call('acceptGuestLink', { origin: 'https://hearth.example.org', params: { token: guestLink.token }, body: { displayName: 'River' } });
    expect(accepted.headers.getSetCookie().find((c) => c.startsWith('hearth_guest='))).toMatch(/;\s*Secure/i);
  });

  it('believes X-Forwarded-Proto and -For only with TRUST_PROXY', async () => {
    server = await startTestServer({ TRUST_PROXY: '1' }, frozen());
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '198.51.100.1' };
    // The browser's Origin is https as it saw the site; the proxy spoke http to us.
    const res = await setup(new Browser(server.url), { origin: `https://${new URL(server.url).host}`, headers: forwarded });
    expect(res.status).toBe(201);
    expect(cookieOf(res)).toMatch(/;\s*Secure/i);

    // Per-client limits follow the forwarded address: one client's attempts do not block another.
    const browser = new Browser(server.url);
    const attempt = (ip: string) => browser.call('login', { body: { email: uniqueEmail(), password: 'whatever it is' }, headers: { 'X-Forwarded-For': ip } });
    for (let i = 0; i < 20; i++) await attempt('198.51.100.2');
    expect((await attempt('198.51.100.2')).status).toBe(429);
    expect((await attempt('198.51.100.3')).status).toBe(401);
  });

  it('ignores X-Forwarded-* without TRUST_PROXY, so a client cannot dodge its limits', async () => {
    server = await startTestServer({}, frozen());
    const forwarded = await setup(new Browser(server.url), { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(cookieOf(forwarded)).not.toMatch(/Secure/i);
    const browser = new Browser(server.url);
    let last = 0;
    for (let i = 0; i < 21; i++) {
      last = (await browser.call('login', { body: { email: uniqueEmail(), password: 'whatever it is' }, headers: { 'X-Forwarded-For': `203.0.113.${i}` } })).status;
    }
    expect(last).toBe(429);
  });
});
