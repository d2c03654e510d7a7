// Groups, invites and memberships over real HTTP against the real server, on SQLite and on
// PostgreSQL: creating and inviting, joining under a pseudonym, recovery on a new device, leaving,
// removal (which also ends the live session), and join tokens.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient } from '../../helpers/client';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createInvite, GROUP_BODY, joinAsMember, joinAsNewStaff, PASSWORD, setUpOrganiser } from '../../helpers/api';

describe.each(TEST_DIALECTS)('groups and members on %s', (dialect) => {
  let server: TestServer;
  let clock: ReturnType<typeof testClock>;

  beforeEach(async () => {
    clock = testClock(Date.now());
    server = await startTestServer({}, { database: dialect, now: clock.now });
  });
  afterEach(async () => {
    await server.close();
  });

  describe('groups and invites', () => {
    it('creates a group, invites a member who joins under a pseudonym, and lists them to staff', async () => {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      expect(group).toMatchObject({ ...GROUP_BODY, myRole: 'organiser', myMembershipId: expect.any(String) });

      const { invite, token } = await createInvite(organiser, group.id, 'member', { maxUses: 10, note: 'March intake' });
      expect(invite).toMatchObject({ role: 'member', uses: 0, maxUses: 10, note: 'March intake', state: 'active' });
      expect(invite.url).toBe(`${server.url}/invite/${token}`);

      clock.advance(1000); // members are listed in joining order
      const sam = new Browser(server.url);
      const preview = await sam.ok('previewInvite', { params: { token } });
      expect(preview).toEqual({ role: 'member', group: { id: group.id, name: group.name, description: group.description, focus: group.focus, guidelines: group.guidelines }, expiresAt: invite.expiresAt });

      const noGuidelines = await sam.call('acceptMemberInvite', { params: { token }, body: { pseudonym: 'Sam', avatarColour: null, acceptGuidelines: false } });
      expect(noGuidelines.status).toBe(400);
      expect(noGuidelines.body.error?.fields?.acceptGuidelines).toBeTruthy();

      const joined = await joinAsMember(sam, token, 'Sam');
      expect(joined.group).toMatchObject({ id: group.id, myRole: 'member' });
      expect(joined.recoveryCode).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){7}$/);
      expect(sam.cookies.get('hearth_member')).toBe(joined.recoveryCode!.replace(/-/g, ''));
      expect((await sam.ok('me')).groups.map((g) => [g.id, g.myRole])).toEqual([[group.id, 'member']]);

      const members = await organiser.ok('listMembers', { params: { groupId: group.id } });
      expect(members.members.map((m) => [m.pseudonym, m.role])).toEqual([
        ['Ana Organiser', 'organiser'],
        ['Sam', 'member'],
      ]);
      const invites = await organiser.ok('listInvites', { params: { groupId: group.id } });
      expect(invites.invites).toEqual([{ ...invite, uses: 1 }]);
    });

    it('refuses a pseudonym taken in the group (in any case), but not in another group', async () => {
      const organiser = await setUpOrganiser(server.url);
      const [one, two] = [await createGroup(organiser), await createGroup(organiser, { name: 'Second group' })];
      const inviteOne = (await createInvite(organiser, one.id)).token;
      const inviteTwo = (await createInvite(organiser, two.id)).token;
      await joinAsMember(new Browser(server.url), inviteOne, 'Sam');

      const clash = await new Browser(server.url).call('acceptMemberInvite', { params: { token: inviteOne }, body: { pseudonym: ' sam ', avatarColour: null, acceptGuidelines: true } });
      expect(clash.status).toBe(409);
      expect(clash.body.error?.code).toBe('conflict');
      expect(clash.body.error?.fields?.pseudonym).toBeTruthy();
      // The refused join gave its use back.
      expect((await organiser.ok('listInvites', { params: { groupId: one.id } })).invites[0]?.uses).toBe(1);

      await joinAsMember(new Browser(server.url), inviteTwo, 'Sam');
    });

    it('brings a facilitator in with a new account, who may then invite members but not staff', async () => {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      const { token } = await createInvite(organiser, group.id, 'facilitator');
      expect((await new Browser(server.url).ok('previewInvite', { params: { token } })).role).toBe('facilitator');

      const { browser: fran, answer } = await joinAsNewStaff(server.url, token, 'Fran');
      expect(answer).toMatchObject({ group: { id: group.id, myRole: 'facilitator' }, recoveryCode: null });
      expect((await fran.ok('me')).account).toMatchObject({ displayName: 'Fran', canCreateGroups: false });

      await createInvite(fran, group.id, 'member');
      const staffInvite = await fran.call('createInvite', { params: { groupId: group.id }, body: { role: 'co_facilitator', expiresInHours: 24, maxUses: 1, note: null } });
      expect(staffInvite.status).toBe(403);
      // The facilitator sees member invites only: staff links are the organisers'.
      expect((await fran.ok('listInvites', { params: { groupId: group.id } })).invites.map((i) => i.role)).toEqual(['member']);
      expect((await organiser.ok('listInvites', { params: { groupId: group.id } })).invites.map((i) => i.role).sort()).toEqual(['facilitator', 'member']);
      expect((await fran.call('createGroup', { body: GROUP_BODY })).status).toBe(403);
    });

    it('lets a signed-in account accept a staff invite, and refuses an email already taken', async () => {
      const organiser = await setUpOrganiser(server.url);
      const [one, two] = [await createGroup(organiser), await createGroup(organiser, { name: 'Other group' })];
      const { browser: cora, email } = await joinAsNewStaff(server.url, (await createInvite(organiser, one.id, 'co_facilitator')).token, 'Cora');

      const second = (await createInvite(organiser, two.id, 'co_facilitator')).token;
      const taken = await new Browser(server.url).call('acceptStaffInvite', {
        params: { token: second },
        body: { acceptGuidelines: true, account: { email, password: PASSWORD, displayName: 'Cora again' } },
      });
      expect(taken.status).toBe(409);
      expect(taken.body.error?.fields?.['account.email']).toBeTruthy();
      expect((await new Browser(server.url).call('acceptStaffInvite', { params: { token: second }, body: { acceptGuidelines: true, account: null } })).status).toBe(401);

      const accepted = await cora.ok('acceptStaffInvite', { params: { token: second }, body: { acceptGuidelines: true, account: null } });
      expect(accepted.group).toMatchObject({ id: two.id, myRole: 'co_facilitator' });
      expect((await cora.ok('me')).groups.map((g) => g.id).sort()).toEqual([one.id, two.id].sort());
    });

    it('updates and deletes a group (organisers only)', async () => {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      const updated = await organiser.ok('updateGroup', { params: { groupId: group.id }, body: { name: 'Renamed', settings: { waitingRoom: false, talkingStick: true, turnSeconds: 300 } } });
      expect(updated).toMatchObject({ name: 'Renamed', description: GROUP_BODY.description, settings: { waitingRoom: false, talkingStick: true, turnSeconds: 300 } });
      const bad = await organiser.call('updateGroup', { params: { groupId: group.id }, body: { settings: { waitingRoom: true } } });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.error?.fields ?? {})).toEqual(expect.arrayContaining(['settings.talkingStick']));

      const sam = new Browser(server.url);
      await joinAsMember(sam, (await createInvite(organiser, group.id)).token, 'Sam');
      expect((await organiser.call('deleteGroup', { params: { groupId: group.id } })).status).toBe(204);
      expect((await organiser.call('getGroup', { params: { groupId: group.id } })).status).toBe(404);
      expect((await sam.ok('me')).groups).toEqual([]);
      expect(sam.cookies.has('hearth_member')).toBe(false); // the dead credential left the cookie
    });
  });

  describe('members across devices', () => {
    it('rejoins with the recovery code on a new device, with or without dashes', async () => {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      const phone = new Browser(server.url);
      const { recoveryCode } = await joinAsMember(phone, (await createInvite(organiser, group.id)).token, 'Sam');

      const laptop = new Browser(server.url);
      const recovered = await laptop.ok('recover', { body: { recoveryCode: recoveryCode!.toUpperCase().replace(/-/g, ' ') } });
      expect(recovered.group).toMatchObject({ id: group.id, myRole: 'member', myPseudonym: 'Sam' });
      expect((await laptop.ok('me')).groups.map((g) => g.myMembershipId)).toEqual([recovered.group.myMembershipId]);
      expect((await laptop.ok('recover', { body: { recoveryCode: recoveryCode! } })).group.id).toBe(group.id);
      expect(laptop.cookies.get('hearth_member')?.split('.')).toHaveLength(1);

      const wrong = await laptop.call('recover', { body: { recoveryCode: 'aaaa-bbbb-cccc-dddd-eeee-ffff-gggg-hhhh' } });
      expect([wrong.status, wrong.body.error?.code]).toEqual([400, 'token_invalid']);
    });

    it('keeps one credential per group in the member cookie, for several groups', async () => {
      const organiser = await setUpOrganiser(server.url);
      const sam = new Browser(server.url);
      const groups = [await createGroup(organiser), await createGroup(organiser, { name: 'Second group' })];
      for (const g of groups) await joinAsMember(sam, (await createInvite(organiser, g.id)).token, 'Sam');
      expect(sam.cookies.get('hearth_member')?.split('.')).toHaveLength(2);
      expect((await sam.ok('me')).groups.map((g) => g.id)).toEqual(groups.map((g) => g.id));
      const again = await sam.call('acceptMemberInvite', { params: { token: (await createInvite(organiser, groups[0]!.id)).token }, body: { pseudonym: 'Sam two', avatarColour: null, acceptGuidelines: true } });
      expect(again.status).toBe(409);
    });

    it('deletes a membership when the member leaves; the last organiser cannot leave', async () => {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      const sam = new Browser(server.url);
      const joined = await joinAsMember(sam, (await createInvite(organiser, group.id)).token, 'Sam');
      expect((await sam.call('leaveGroup', { params: { groupId: group.id } })).status).toBe(204);
      expect(await server.store.memberships.byId(joined.group.myMembershipId)).toBeUndefined();
      expect(sam.cookies.has('hearth_member')).toBe(false);
      expect((await sam.call('getGroup', { params: { groupId: group.id } })).status).toBe(401);

      const last = await organiser.call('leaveGroup', { params: { groupId: group.id } });
      expect([last.status, last.body.error?.code]).toEqual([409, 'conflict']);
    });

    it('removes a member: their cookie stops working and their live session ends at once', async () => {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      const sam = new Browser(server.url);
      const joined = await joinAsMember(sam, (await createInvite(organiser, group.id)).token, 'Sam');
      const { token, roomId } = await sam.ok('joinToken', { params: { groupId: group.id } });
      expect(roomId).toBe(`g-${group.id}`);
      const socket = await connectClient(server.url, token);
      const ended = socket.next('session:ended');
      const revoked: string[] = [];
      server.events.on('membershipRevoked', (id) => revoked.push(id));

      const membershipId = joined.group.myMembershipId;
      expect((await organiser.call('removeMember', { params: { groupId: group.id, membershipId } })).status).toBe(204);
      expect(await ended).toEqual({ reason: 'removed' });
      expect(revoked).toEqual([membershipId]);
      socket.close();

      expect((await sam.call('getGroup', { params: { groupId: group.id } })).status).toBe(401);
      expect((await sam.call('joinToken', { params: { groupId: group.id } })).status).toBe(401);
      expect((await sam.ok('me')).groups).toEqual([]);
      // A join token minted before the removal no longer opens the session.
      await expect(connectClient(server.url, token)).rejects.toThrow();
    });

    it('refuses to remove an organiser, and lets only organisers remove facilitators', async () => {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      const { browser: fran, answer: franJoin } = await joinAsNewStaff(server.url, (await createInvite(organiser, group.id, 'facilitator')).token, 'Fran');
      const { answer: coraJoin } = await joinAsNewStaff(server.url, (await createInvite(organiser, group.id, 'co_facilitator')).token, 'Cora');
      const remove = (who: Browser, membershipId: string) => who.call('removeMember', { params: { groupId: group.id, membershipId } });

      expect((await remove(fran, group.myMembershipId)).status).toBe(403);
      expect((await remove(organiser, group.myMembershipId)).status).toBe(403);
      expect((await remove(fran, coraJoin.group.myMembershipId)).status).toBe(403);
      expect((await remove(organiser, coraJoin.group.myMembershipId)).status).toBe(204);
      expect((await remove(organiser, franJoin.group.myMembershipId)).status).toBe(204);
      expect((await remove(organiser, franJoin.group.myMembershipId)).status).toBe(404);
    });
  });

  describe('join tokens', () => {
    it('signs a group token for the caller’s membership and a room token for accounts', async () => {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      const staffToken = await organiser.ok('joinToken', { params: { groupId: group.id } });
      expect(staffToken.expiresAt).toBe(new Date(Math.floor(clock.now() / 1000) * 1000 + 120_000).toISOString());
      const check = await server.joinTokens.verify(staffToken.token);
      expect(check).toEqual({ ok: true, claims: { subject: { kind: 'membership', membershipId: group.myMembershipId, groupId: group.id }, roomId: `g-${group.id}` } });

      const room = await organiser.ok('roomJoinToken', { params: { roomId: 'team-standup' } });
      expect(room.roomId).toBe('team-standup');
      expect(await server.joinTokens.verify(room.token)).toMatchObject({ ok: true, claims: { subject: { kind: 'account' }, roomId: 'team-standup' } });
      for (const roomId of [`g-${group.id}`.slice(0, 40), 'Not A Room']) {
        const refused = await organiser.call('roomJoinToken', { params: { roomId } });
        expect([refused.status, refused.body.error?.code]).toEqual([400, 'invalid_payload']);
      }
    });
  });
});
