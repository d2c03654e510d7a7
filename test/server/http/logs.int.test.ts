// Privacy of the server log: a whole flow (setup, sign-in with a wrong then the right password,
// invites made and accepted, a new staff account, recovery, join tokens, a guest link accepted by a
// guest and their token, a removal, a refused
// cross-site request and an internal error) logged at the chattiest level, then searched for every
// secret, email, name and the client's address. None may appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/log';
import { openDatabase } from '../../../server/store/db';
import { logSink } from '../../helpers/logSink';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGuestLink, createInvite, GROUP_BODY, joinAsGuest, PASSWORD } from '../../helpers/api';

describe('server log privacy', () => {
  let server: TestServer;
  const sink = logSink(false);
  const { lines } = sink;

  beforeAll(async () => {
    // Startup lines name the media listen address (also 127.0.0.1 here): only requests count.
    server = await startTestServer({}, { logger: createLogger('trace', sink.stream) });
    sink.capturing = true;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('never contains passwords, tokens, cookies, credentials, emails, names or the client address', async () => {
    const secrets: string[] = [PASSWORD, 'Wrong-password-123', 'organiser.zq@example.org', 'fac.zq@example.org', 'Zanzibar Quill', 'Faro Quill', 'Quillfeather', 'Guestly Quill'];
    const organiser = new Browser(server.url);
    await organiser.ok('setup', { body: { email: 'organiser.zq@example.org', password: PASSWORD, displayName: 'Zanzibar Quill' } });
    const again = organiser.fresh();
    expect((await again.call('login', { body: { email: 'organiser.zq@example.org', password: 'Wrong-password-123' } })).status).toBe(401);
    await again.ok('login', { body: { email: 'organiser.zq@example.org', password: PASSWORD } });
    const group = await organiser.ok('createGroup', { body: GROUP_BODY });

    const memberInvite = await createInvite(organiser, group.id);
    const staffInvite = await createInvite(organiser, group.id, 'facilitator');
    const sam = new Browser(server.url);
    await sam.ok('previewInvite', { params: { token: memberInvite.token } });
    const joined = await sam.ok('acceptMemberInvite', { params: { token: memberInvite.token }, body: { pseudonym: 'Quillfeather', avatarColour: null, acceptGuidelines: true } });
    const fran = new Browser(server.url);
    await fran.ok('acceptStaffInvite', { params: { token: staffInvite.token }, body: { acceptGuidelines: true, account: { email: 'fac.zq@example.org', password: PASSWORD, displayName: 'Faro Quill' } } });
    const laptop = new Browser(server.url);
    await laptop.ok('recover', { body: { recoveryCode: joined.recoveryCode! } });
    const join = await sam.ok('joinToken', { params: { groupId: group.id } });
    const room = await organiser.ok('roomJoinToken', { params: { roomId: 'quiet-room' } });
    const guestLink = await createGuestLink(organiser, 'quiet-room');
    const guest = new Browser(server.url);
    await guest.ok('previewGuestLink', { params: { token: guestLink.token } });
    await joinAsGuest(guest, guestLink.token, 'Guestly Quill');
    const guestJoin = await guest.ok('roomJoinToken', { params: { roomId: 'quiet-room' } });
    expect((await organiser.call('createInvite', { params: { groupId: group.id }, body: { role: 'member', expiresInHours: 1, maxUses: null, note: null }, origin: 'https://evil.example' })).status).toBe(403);
    await organiser.ok('removeMember', { params: { groupId: group.id, membershipId: joined.group.myMembershipId } });
    expect((await sam.call('previewInvite', { params: { token: `${memberInvite.token.slice(0, -3)}abc` } })).status).toBe(400);

    // An internal error logs the error itself; it must not drag request details along.
    const side = await openDatabase(server.database, { migrate: false });
    await side.db.schema.alterTable('invites').renameTo('invites_gone').execute();
    expect((await organiser.call('listInvites', { params: { groupId: group.id } })).status).toBe(500);
    await side.db.schema.alterTable('invites_gone').renameTo('invites').execute();
    await side.close();
    await organiser.ok('logout');

    const cookies = [organiser, again, sam, fran, laptop, guest].flatMap((b) => [...b.cookies.values()]);
    secrets.push(
      ...cookies,
      joined.recoveryCode!,
      joined.recoveryCode!.replace(/-/g, ''),
      memberInvite.token,
      memberInvite.token.split('.')[1]!,
      staffInvite.token,
      join.token,
      join.token.split('.')[2]!,
      room.token,
      guestLink.token,
      guestLink.token.split('.')[2]!,
      guestJoin.token,
      '127.0.0.1',
    );
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(5); // the flow was logged at all
    expect(log).toContain('request failed'); // and so was the internal error
    for (const secret of secrets) expect(log.includes(secret), `log contains ${secret}`).toBe(false);
    expect(log).not.toMatch(/@example\.org|hearth_session|hearth_member|hearth_guest|scrypt/);
  });
});
