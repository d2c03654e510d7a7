// Invite links and join tokens that should not work: expired, tampered with, revoked, used up, or
// valid but aimed at another group. Each answers its own code, on SQLite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInviteLinks } from '../../../server/auth/inviteLinks';
import { KEY_NAMES, serverKey } from '../../../server/auth/serverKeys';
import { connectClient } from '../../helpers/client';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createInvite, joinAsMember, setUpOrganiser } from '../../helpers/api';

const HOUR = 60 * 60 * 1000;

describe.each(TEST_DIALECTS)('tokens on %s', (dialect) => {
  let server: TestServer;
  let clock: ReturnType<typeof testClock>;
  let organiser: Browser;

  beforeEach(async () => {
    clock = testClock(Date.now());
    server = await startTestServer({}, { database: dialect, now: clock.now });
    organiser = await setUpOrganiser(server.url);
  });
  afterEach(async () => {
    await server.close();
  });

  /** What previewing and accepting the link answer, as [status, code]. */
  async function outcome(token: string): Promise<Array<[number, string | undefined]>> {
    const visitor = new Browser(server.url);
    const preview = await visitor.call('previewInvite', { params: { token } });
    const accept = await visitor.call('acceptMemberInvite', { params: { token }, body: { pseudonym: `Guest ${randomUUID().slice(0, 6)}`, avatarColour: null, acceptGuidelines: true } });
    return [
      [preview.status, preview.body.error?.code],
      [accept.status, accept.body.error?.code],
    ];
  }

  describe('invite links', () => {
    it('refuses an expired link with token_expired', async () => {
      const group = await createGroup(organiser);
      const { token } = await createInvite(organiser, group.id, 'member', { expiresInHours: 1 });
      clock.advance(HOUR - 1000);
      expect((await new Browser(server.url).call('previewInvite', { params: { token } })).status).toBe(200);
      clock.advance(1000);
      expect(await outcome(token)).toEqual([
        [410, 'token_expired'],
        [410, 'token_expired'],
      ]);
      expect((await organiser.ok('listInvites', { params: { groupId: group.id } })).invites[0]?.state).toBe('expired');
    });

    it('refuses a tampered or forged link with token_invalid', async () => {
      const group = await createGroup(organiser);
      const { token } = await createInvite(organiser, group.id);
      const [id, mac] = token.split('.') as [string, string];
      const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
      const forgeries = [
        `${id}.${flip(mac, 3)}`,
        `${randomUUID()}.${mac}`,
        `${flip(id, 0)}.${mac}`,
        id,
        `${id}.`,
        'not-a-token',
        `${token}x`,
        `${id}.${mac}.${mac}`,
      ];
      for (const forged of forgeries) {
        expect(await outcome(forged), forged).toEqual([
          [400, 'token_invalid'],
          [400, 'token_invalid'],
        ]);
      }
      // Signed with the server's own key, but no invite row has that id.
      const links = createInviteLinks(await serverKey(server.store, KEY_NAMES.inviteLinks));
      expect(await outcome(links.tokenFor(randomUUID()))).toEqual([
        [400, 'token_invalid'],
        [400, 'token_invalid'],
      ]);
      expect((await organiser.ok('listInvites', { params: { groupId: group.id } })).invites[0]?.uses).toBe(0);
    });

    it('refuses a revoked link with token_revoked, even once it has also expired', async () => {
      const group = await createGroup(organiser);
      const { invite, token } = await createInvite(organiser, group.id, 'member', { expiresInHours: 1 });
      expect((await organiser.call('revokeInvite', { params: { groupId: group.id, inviteId: invite.id } })).status).toBe(204);
      expect(await outcome(token)).toEqual([
        [410, 'token_revoked'],
        [410, 'token_revoked'],
      ]);
      clock.advance(2 * HOUR);
      expect((await outcome(token))[0]).toEqual([410, 'token_revoked']);
      // Revoking again is harmless.
      expect((await organiser.call('revokeInvite', { params: { groupId: group.id, inviteId: invite.id } })).status).toBe(204);
    });

    it('refuses a used-up link with token_used_up, and an expired used-up one with token_expired', async () => {
      const group = await createGroup(organiser);
      const { token } = await createInvite(organiser, group.id, 'member', { maxUses: 1, expiresInHours: 1 });
      await joinAsMember(new Browser(server.url), token, 'First');
      expect(await outcome(token)).toEqual([
        [410, 'token_used_up'],
        [410, 'token_used_up'],
      ]);
      clock.advance(HOUR);
      expect((await outcome(token))[0]).toEqual([410, 'token_expired']);
    });

    it('lets exactly maxUses of many simultaneous accepts through', async () => {
      const group = await createGroup(organiser);
      const { token } = await createInvite(organiser, group.id, 'member', { maxUses: 2 });
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          new Browser(server.url).call('acceptMemberInvite', { params: { token }, body: { pseudonym: `Racer ${i}`, avatarColour: null, acceptGuidelines: true } }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 201, 410, 410, 410, 410]);
    });

    it('refuses a link whose group was deleted, and a staff link on the member form', async () => {
      const group = await createGroup(organiser);
      const staff = await createInvite(organiser, group.id, 'facilitator');
      const wrongForm = await new Browser(server.url).call('acceptMemberInvite', { params: { token: staff.token }, body: { pseudonym: 'Sneaky', avatarColour: null, acceptGuidelines: true } });
      expect([wrongForm.status, wrongForm.body.error?.code]).toEqual([400, 'invalid_payload']);
      const member = await createInvite(organiser, group.id, 'member');
      const wrongStaff = await new Browser(server.url).call('acceptStaffInvite', { params: { token: member.token }, body: { acceptGuidelines: true, account: null } });
      expect([wrongStaff.status, wrongStaff.body.error?.code]).toEqual([400, 'invalid_payload']);

      await organiser.ok('deleteGroup', { params: { groupId: group.id } });
      expect((await outcome(member.token))[0]).toEqual([400, 'token_invalid']);
    });

    it('does not revoke an invite through another group, even for staff of both', async () => {
      const [one, two] = [await createGroup(organiser), await createGroup(organiser, { name: 'Other group' })];
      const { invite, token } = await createInvite(organiser, one.id);
      const crossed = await organiser.call('revokeInvite', { params: { groupId: two.id, inviteId: invite.id } });
      expect([crossed.status, crossed.body.error?.code]).toEqual([404, 'not_found']);
      expect((await new Browser(server.url).call('previewInvite', { params: { token } })).status).toBe(200);
    });
  });

  describe('join tokens', () => {
    it('expire after two minutes', async () => {
      const group = await createGroup(organiser);
      const { token } = await organiser.ok('joinToken', { params: { groupId: group.id } });
      clock.advance(119_000);
      expect((await server.joinTokens.verify(token)).ok).toBe(true);
      clock.advance(2000);
      expect(await server.joinTokens.verify(token)).toEqual({ ok: false, code: 'token_expired' });
      await expect(connectClient(server.url, token)).rejects.toMatchObject({ data: { code: 'token_expired' } });
    });

    it('refuse a tampered token, and an invite link passed as one (and the other way round)', async () => {
      const group = await createGroup(organiser);
      const { token } = await organiser.ok('joinToken', { params: { groupId: group.id } });
      const [header, payload, signature] = token.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
      const other = await createGroup(organiser, { name: 'Other group' });
      const retargeted = Buffer.from(JSON.stringify({ ...claims, grp: other.id, room: `g-${other.id}` })).toString('base64url');
      for (const bad of [`${header}.${retargeted}.${signature}`, `${header}.${payload}.${signature.slice(0, -2)}AA`, 'garbage']) {
        expect(await server.joinTokens.verify(bad)).toEqual({ ok: false, code: 'token_invalid' });
        await expect(connectClient(server.url, bad)).rejects.toMatchObject({ data: { code: 'token_invalid' } });
      }
      const invite = await createInvite(organiser, group.id);
      await expect(connectClient(server.url, invite.token)).rejects.toMatchObject({ data: { code: 'token_invalid' } });
      expect((await new Browser(server.url).call('previewInvite', { params: { token } })).body.error?.code).toBe('token_invalid');
    });

    it('are only issued for a group the caller belongs to, and only open that group’s session', async () => {
      const [one, two] = [await createGroup(organiser), await createGroup(organiser, { name: 'Other group' })];
      const sam = new Browser(server.url);
      await joinAsMember(sam, (await createInvite(organiser, one.id)).token, 'Sam');
      const elsewhere = await sam.call('joinToken', { params: { groupId: two.id } });
      expect([elsewhere.status, elsewhere.body.error?.code]).toEqual([404, 'not_found']);
      const unknown = await sam.call('joinToken', { params: { groupId: randomUUID() } });
      expect([unknown.status, unknown.body.error?.code]).toEqual([404, 'not_found']);

      const { token, roomId } = await sam.ok('joinToken', { params: { groupId: one.id } });
      expect(roomId).toBe(`g-${one.id}`);
      const client = await connectClient(server.url, token);
      client.close();
    });
  });
});
