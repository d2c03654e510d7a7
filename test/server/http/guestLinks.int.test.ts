// Guest links to instant rooms over the real REST API: a host makes one, a guest previews and
// accepts it with a name, and the guest pass cookie then opens that room (and only that room) for a
// join token. Expiry runs on an injected clock. Guests leave no row in the database.
import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGuestLinks } from '../../../server/auth/guestLinks';
import { KEY_NAMES, serverKey } from '../../../server/auth/serverKeys';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createGuestLink, createInvite, joinAsGuest, joinAsMember, setUpOrganiser } from '../../helpers/api';

const HOUR = 60 * 60 * 1000;
const ROOM = 'kfr-wqpz-mtd';

describe.each(TEST_DIALECTS)('guest links on %s', (dialect) => {
  let server: TestServer;
  let clock: ReturnType<typeof testClock>;
  let host: Browser;

  beforeEach(async () => {
    clock = testClock(Date.parse('2026-03-01T10:00:00.000Z'));
    server = await startTestServer({}, { database: dialect, now: clock.now });
    host = await setUpOrganiser(server.url);
  });
  afterEach(async () => {
    await server.close();
  });

  const guestKey = async () => serverKey(server.store, KEY_NAMES.guestLinks);

  describe('creating', () => {
    it('gives a signed-in account a link to the client’s guest page, a day by default or 1–168 hours', async () => {
      const res = await host.call('createGuestLink', { params: { roomId: ROOM }, body: {} });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ url: `${server.url}/guest/${res.body.token}`, token: expect.any(String), expiresAt: '2026-03-02T10:00:00.000Z' });
      expect((await host.ok('createGuestLink', { params: { roomId: ROOM }, body: { ttlHours: 1 } })).expiresAt).toBe('2026-03-01T11:00:00.000Z');
      expect((await host.ok('createGuestLink', { params: { roomId: ROOM }, body: { ttlHours: 168 } })).expiresAt).toBe('2026-03-08T10:00:00.000Z');
      for (const ttlHours of [0, 169, 1.5, '2']) {
        const bad = await host.call('createGuestLink', { params: { roomId: ROOM }, body: { ttlHours } });
        expect([bad.status, bad.body.error?.code, Object.keys(bad.body.error?.fields ?? {})], String(ttlHours)).toEqual([400, 'invalid_payload', ['ttlHours']]);
      }
    });

    it('refuses anonymous callers and members with 401, and group rooms with invalid_payload', async () => {
      const anonymous = await new Browser(server.url).call('createGuestLink', { params: { roomId: ROOM }, body: {} });
      expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'unauthenticated']);
      const group = await createGroup(host);
      const member = new Browser(server.url);
      await joinAsMember(member, (await createInvite(host, group.id)).token, 'Wren');
      expect((await member.call('createGuestLink', { params: { roomId: ROOM }, body: {} })).status).toBe(401);

      const groupRoom = await host.call('createGuestLink', { params: { roomId: `g-${group.id}` }, body: {} });
      expect([groupRoom.status, groupRoom.body.error?.code, groupRoom.body.error?.fields]).toEqual([400, 'invalid_payload', { roomId: 'room ids starting with g- are group sessions' }]);
    });
  });

  describe('previewing and accepting', () => {
    it('shows where a link leads, and sets no cookie', async () => {
      const { token, link } = await createGuestLink(host, ROOM, 3);
      const guest = new Browser(server.url);
      const preview = await guest.call('previewGuestLink', { params: { token } });
      expect([preview.status, preview.body]).toEqual([200, { roomId: ROOM, roomTitle: ROOM, expiresAt: link.expiresAt }]);
      expect(guest.cookies.size).toBe(0);
    });

    it('refuses names the room would refuse, with the field named, and sets no cookie', async () => {
      const { token } = await createGuestLink(host, ROOM);
      const guest = new Browser(server.url);
      const cases: Array<[unknown, string]> = [
        ['', 'choose a name to show in the room'],
        ['   ', 'choose a name to show in the room'],
        ['x'.repeat(41), 'a name is at most 40 characters'],
        ['Ri\u200bver', 'the name has invisible characters'],
        [42, expect.any(String) as unknown as string],
      ];
      for (const [displayName, message] of cases) {
        const res = await guest.call('acceptGuestLink', { params: { token }, body: { displayName } });
        expect([res.status, res.body.error?.code, res.body.error?.fields], JSON.stringify(displayName)).toEqual([400, 'invalid_payload', { displayName: message }]);
      }
      const extra = await guest.call('acceptGuestLink', { params: { token }, body: { displayName: 'River', email: 'x@example.org' } });
      expect([extra.status, extra.body.error?.code]).toEqual([400, 'invalid_payload']);
      expect(guest.cookies.size).toBe(0);
    });

    it('sets an httpOnly, SameSite=Lax guest pass for /api for 12 hours, and stores nobody', async () => {
      const accountsBefore = await server.store.accounts.count();
      const { token } = await createGuestLink(host, ROOM);
      const guest = new Browser(server.url);
      const res = await guest.call('acceptGuestLink', { params: { token }, body: { displayName: '  River  ' } });
      expect([res.status, res.body]).toEqual([200, { roomId: ROOM }]);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('hearth_guest='));
      expect(cookie).toBeDefined();
      const attributes = cookie!.split(';').slice(1).map((a) => a.trim().toLowerCase());
      expect(attributes.sort()).toEqual(['httponly', 'max-age=43200', 'path=/api', 'samesite=lax']);
      expect(await server.store.accounts.count()).toBe(accountsBefore);

      const { token: joinToken, roomId } = await guest.ok('roomJoinToken', { params: { roomId: ROOM } });
      expect(roomId).toBe(ROOM);
      const check = await server.joinTokens.verify(joinToken);
      expect(check).toEqual({ ok: true, claims: { roomId: ROOM, subject: { kind: 'guest', guestId: expect.any(String), displayName: 'River' } } });
    });

    it('is rate limited like invite links', async () => {
      const { token } = await createGuestLink(host, ROOM);
      const guest = new Browser(server.url);
      clock.advance(2 * 60 * 1000); // setup took an attempt from this address: refill first
      for (let i = 0; i < 30; i++) expect((await guest.call('previewGuestLink', { params: { token } })).status).toBe(200);
      const limited = await guest.call('acceptGuestLink', { params: { token }, body: { displayName: 'River' } });
      expect([limited.status, limited.body.error?.code]).toEqual([429, 'rate_limited']);
      expect(limited.headers.get('retry-after')).toBe('2');
    });
  });

  describe('the guest pass', () => {
    it('gets a join token for its own room only; without one the room answers 401', async () => {
      const { token } = await createGuestLink(host, ROOM);
      const guest = new Browser(server.url);
      await joinAsGuest(guest, token, 'River');
      expect((await guest.call('roomJoinToken', { params: { roomId: ROOM } })).status).toBe(201);
      const elsewhere = await guest.call('roomJoinToken', { params: { roomId: 'another-room' } });
      expect([elsewhere.status, elsewhere.body.error?.code]).toEqual([401, 'unauthenticated']);
      const stranger = await new Browser(server.url).call('roomJoinToken', { params: { roomId: ROOM } });
      expect([stranger.status, stranger.body.error?.code]).toEqual([401, 'unauthenticated']);
      // A guest pass never opens a group's session, nor makes a group route answer.
      const group = await createGroup(host);
      expect((await guest.call('roomJoinToken', { params: { roomId: `g-${group.id}` } })).status).toBe(400);
      expect((await guest.call('joinToken', { params: { groupId: group.id } })).status).toBe(401);
      // A signed-in account is the host, guest pass or not.
      host.cookies.set('hearth_guest', guest.cookies.get('hearth_guest')!);
      const hostCheck = await server.joinTokens.verify((await host.ok('roomJoinToken', { params: { roomId: ROOM } })).token);
      expect(hostCheck).toMatchObject({ ok: true, claims: { subject: { kind: 'account' } } });
    });

    it('is one per browser: a second link replaces it; a new name in the same room keeps the same guest', async () => {
      const guest = new Browser(server.url);
      await joinAsGuest(guest, (await createGuestLink(host, ROOM)).token, 'River');
      const subject = async (roomId: string) => {
        const { token } = await guest.ok('roomJoinToken', { params: { roomId } });
        const check = await server.joinTokens.verify(token);
        if (!check.ok) throw new Error(check.code);
        return check.claims.subject as { guestId: string; displayName: string };
      };
      const first = await subject(ROOM);
      await joinAsGuest(guest, (await createGuestLink(host, ROOM)).token, 'Brook');
      expect(await subject(ROOM)).toEqual({ kind: 'guest', guestId: first.guestId, displayName: 'Brook' });

      await joinAsGuest(guest, (await createGuestLink(host, 'other-room')).token, 'River');
      expect((await subject('other-room')).guestId).not.toBe(first.guestId);
      expect((await guest.call('roomJoinToken', { params: { roomId: ROOM } })).status).toBe(401);
    });

    it('refuses a tampered pass, and stops working after 12 hours', async () => {
      const guest = new Browser(server.url);
      await joinAsGuest(guest, (await createGuestLink(host, ROOM)).token, 'River');
      const pass = guest.cookies.get('hearth_guest')!;
      const tampered = new Browser(server.url);
      tampered.cookies.set('hearth_guest', `${pass.slice(0, -3)}abc`);
      expect((await tampered.call('roomJoinToken', { params: { roomId: ROOM } })).status).toBe(401);
      // A guest link is not a pass, though both are signed with the guest key.
      tampered.cookies.set('hearth_guest', (await createGuestLink(host, ROOM)).token);
      expect((await tampered.call('roomJoinToken', { params: { roomId: ROOM } })).status).toBe(401);

      clock.advance(12 * HOUR - 1000);
      expect((await guest.call('roomJoinToken', { params: { roomId: ROOM } })).status).toBe(201);
      clock.advance(1000);
      expect((await guest.call('roomJoinToken', { params: { roomId: ROOM } })).status).toBe(401);
    });
  });

  describe('links that do not work', () => {
    it('answer token_expired (410) once expired, for preview and accept', async () => {
      const { token } = await createGuestLink(host, ROOM, 1);
      clock.advance(HOUR - 1000);
      expect((await new Browser(server.url).call('previewGuestLink', { params: { token } })).status).toBe(200);
      clock.advance(1000);
      const guest = new Browser(server.url);
      const preview = await guest.call('previewGuestLink', { params: { token } });
      const accept = await guest.call('acceptGuestLink', { params: { token }, body: { displayName: 'River' } });
      expect([preview.status, preview.body.error?.code, accept.status, accept.body.error?.code]).toEqual([410, 'token_expired', 410, 'token_expired']);
      expect(guest.cookies.size).toBe(0);
    });

    it('answer token_invalid (400) when forged, tampered, of another kind, or for a group room', async () => {
      const { token } = await createGuestLink(host, ROOM);
      const group = await createGroup(host);
      const invite = await createInvite(host, group.id);
      const { token: joinToken } = await host.ok('roomJoinToken', { params: { roomId: ROOM } });
      const key = await guestKey();
      const forRoom = (room: string, typ = 'hearth-guest-link') =>
        new SignJWT({ typ, room }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h').sign(key);
      const otherKey = createGuestLinks(Buffer.alloc(32, 7), clock.now);
      const pass = (await createGuestLinks(key, clock.now).issuePass({ roomId: ROOM, displayName: 'River' })).pass;
      const forgeries = [
        `${token.slice(0, -3)}abc`,
        (await otherKey.createLink(ROOM, 1)).token,
        await forRoom(`g-${group.id}`),
        await forRoom(ROOM, 'hearth-join'),
        pass,
        joinToken,
        invite.token,
        'not-a-token',
      ];
      for (const forged of forgeries) {
        const visitor = new Browser(server.url);
        const preview = await visitor.call('previewGuestLink', { params: { token: forged } });
        const accept = await visitor.call('acceptGuestLink', { params: { token: forged }, body: { displayName: 'River' } });
        expect([preview.status, preview.body.error?.code, accept.status, accept.body.error?.code], forged).toEqual([400, 'token_invalid', 400, 'token_invalid']);
        expect(visitor.cookies.size).toBe(0);
      }
    });
  });
});
