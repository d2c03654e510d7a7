// The join window over real HTTP: a scheduled group's members get a join token from
// JOIN_EARLY_MINUTES before an occurrence until it ends (carrying that occurrence), and are
// refused with not_open and when it opens otherwise, unless the room is already live. Staff may
// always open the room; a group without a schedule works as before.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config';
import { connectClient, type TestClient } from '../../helpers/client';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createInvite, createSeries, joinAsMember, joinAsNewStaff, setUpOrganiser } from '../../helpers/api';

// Tuesdays 19:00 London from 3 March 2026; on the 31st (BST) that is 18:00Z, joining from 17:50Z.
const START = '2026-03-03T19:00';

describe.each(TEST_DIALECTS)('join window on %s', (dialect) => {
  let server: TestServer;
  const clock = testClock(Date.parse('2026-03-31T12:00:00.000Z'));
  const setNow = (iso: string) => clock.advance(Date.parse(iso) - clock.now());
  let organiser: Browser;
  const sockets: TestClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { database: dialect, now: clock.now });
    organiser = await setUpOrganiser(server.url);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(async () => {
    await server?.close();
  });

  async function scheduledGroup(withSeries = true) {
    setNow('2026-03-31T12:00:00.000Z');
    const group = await createGroup(organiser);
    const member = new Browser(server.url);
    await joinAsMember(member, (await createInvite(organiser, group.id)).token, 'Sam');
    const { browser: coFacilitator } = await joinAsNewStaff(server.url, (await createInvite(organiser, group.id, 'co_facilitator')).token, 'Cody');
    const series = withSeries ? await createSeries(organiser, group.id, START, {}, 'Tuesday circle') : undefined;
    return { groupId: group.id, member, coFacilitator, series };
  }

  it('lets a member in from 10 minutes before until the end, with the occurrence, and refuses with when it opens otherwise', async () => {
    const { groupId, member, series } = await scheduledGroup();
    const ask = () => member.call('joinToken', { params: { groupId } });

    setNow('2026-03-31T17:49:59.000Z');
    const early = await ask();
    expect([early.status, early.body.error?.code, early.body.error?.fields]).toEqual([409, 'not_open', { opensAt: '2026-03-31T17:50:00.000Z', serverNow: '2026-03-31T17:49:59.000Z' }]);
    expect(early.body.error?.message).toContain('2026-03-31T17:50:00.000Z');

    const occurrence = { seriesId: series!.id, slot: '2026-03-31T19:00', title: 'Tuesday circle', start: '2026-03-31T18:00:00.000Z', end: '2026-03-31T19:00:00.000Z' };
    for (const at of ['2026-03-31T17:50:00.000Z', '2026-03-31T18:30:00.000Z', '2026-03-31T18:59:59.000Z']) {
      setNow(at);
      const res = await ask();
      expect([res.status, res.body.occurrence], at).toEqual([201, occurrence]);
      expect(res.body.roomId).toBe(`g-${groupId}`);
    }

    setNow('2026-03-31T19:00:00.000Z');
    const over = await ask();
    expect([over.status, over.body.error?.fields?.opensAt]).toEqual([409, '2026-04-07T17:50:00.000Z']);
  });

  it('keeps a cancelled occurrence closed to members, and says when there is nothing left', async () => {
    const { groupId, member, series } = await scheduledGroup();
    await organiser.ok('cancelOccurrence', { params: { groupId, seriesId: series!.id, slot: '2026-03-31T19:00' } });
    setNow('2026-03-31T18:10:00.000Z');
    const cancelled = await member.call('joinToken', { params: { groupId } });
    expect([cancelled.status, cancelled.body.error?.fields?.opensAt]).toEqual([409, '2026-04-07T17:50:00.000Z']);

    // Ended after the 24th: nothing opens again.
    setNow('2026-03-31T12:00:00.000Z');
    await organiser.ok('endSeries', { params: { groupId, seriesId: series!.id } });
    setNow('2026-04-07T18:10:00.000Z');
    const none = await member.call('joinToken', { params: { groupId } });
    expect([none.status, none.body.error?.code, none.body.error?.fields]).toEqual([409, 'not_open', undefined]);
  });

  it('always gives staff a token, with the occurrence when one is open', async () => {
    const { groupId, coFacilitator, series } = await scheduledGroup();
    setNow('2026-03-31T15:00:00.000Z');
    for (const staff of [organiser, coFacilitator]) {
      const res = await staff.call('joinToken', { params: { groupId } });
      expect([res.status, res.body.occurrence]).toEqual([201, null]);
    }
    setNow('2026-03-31T17:55:00.000Z');
    expect((await coFacilitator.ok('joinToken', { params: { groupId } })).occurrence?.seriesId).toBe(series!.id);
  });

  it('lets a member into a room someone already opened, outside the schedule', async () => {
    const { groupId, member } = await scheduledGroup();
    setNow('2026-03-31T15:00:00.000Z');
    expect((await member.call('joinToken', { params: { groupId } })).status).toBe(409);
    const { token, roomId } = await organiser.ok('joinToken', { params: { groupId } });
    const host = await connectClient(server.url, token);
    sockets.push(host);
    const prepared = await host.call('room:prepare', { roomId });
    // Prepared but not joined: nobody is in the room yet.
    expect((await member.call('joinToken', { params: { groupId } })).status).toBe(409);
    await host.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities });
    const res = await member.call('joinToken', { params: { groupId } });
    expect([res.status, res.body.occurrence]).toEqual([201, null]);
  });

  it('works as before for a group without a schedule', async () => {
    const { groupId, member } = await scheduledGroup(false);
    setNow('2026-03-31T03:00:00.000Z');
    const res = await member.call('joinToken', { params: { groupId } });
    expect([res.status, res.body.occurrence]).toEqual([201, null]);
  });
});

describe('JOIN_EARLY_MINUTES', () => {
  it('defaults to 10 and is validated like every setting', () => {
    expect(loadConfig({}).joinEarlyMinutes).toBe(10);
    expect(loadConfig({ JOIN_EARLY_MINUTES: '0' }).joinEarlyMinutes).toBe(0);
    for (const bad of ['-1', '121', '2.5', 'soon']) expect(() => loadConfig({ JOIN_EARLY_MINUTES: bad }), bad).toThrow(ConfigError);
  });

  it('moves the window: with 0 a member gets in exactly at the start', async () => {
    const clock = testClock(Date.parse('2026-03-31T17:59:59.000Z'));
    const server = await startTestServer({ JOIN_EARLY_MINUTES: '0' }, { now: clock.now });
    try {
      const organiser = await setUpOrganiser(server.url);
      const group = await createGroup(organiser);
      const member = new Browser(server.url);
      await joinAsMember(member, (await createInvite(organiser, group.id)).token, 'Sam');
      await createSeries(organiser, group.id, START);
      const before = await member.call('joinToken', { params: { groupId: group.id } });
      expect([before.status, before.body.error?.fields?.opensAt]).toEqual([409, '2026-03-31T18:00:00.000Z']);
      clock.advance(1000);
      expect((await member.call('joinToken', { params: { groupId: group.id } })).status).toBe(201);
      expect((await member.ok('upcoming', { params: { groupId: group.id } })).joinEarlyMinutes).toBe(0);
    } finally {
      await server.close();
    }
  });
});
