// Shared availability and "find a time" over real HTTP: each person's windows are in their own
// zone, judged by shared/schedule, and findTime finds what three members in London, New York and
// Kolkata have in common.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createInvite, joinAsMember, setUpOrganiser } from '../../helpers/api';

const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const weekdays = (from: string, to: string) => WEEKDAYS.map((weekday) => ({ weekday, from, to }));

describe.each(TEST_DIALECTS)('availability and find a time on %s', (dialect) => {
  let server: TestServer;
  const clock = testClock(Date.parse('2026-04-01T12:00:00.000Z'));
  let organiser: Browser;

  beforeAll(async () => {
    server = await startTestServer({}, { database: dialect, now: clock.now });
    organiser = await setUpOrganiser(server.url);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function groupWith(names: string[]) {
    const group = await createGroup(organiser);
    const { token } = await createInvite(organiser, group.id);
    const members: Browser[] = [];
    for (const name of names) {
      clock.advance(1000); // people are listed in the order they joined
      const b = new Browser(server.url);
      await joinAsMember(b, token, name);
      members.push(b);
    }
    return { groupId: group.id, members };
  }

  it('shares, shows, replaces and withdraws a member’s own availability', async () => {
    const { groupId, members } = await groupWith(['Sam']);
    const sam = members[0]!;
    expect(await sam.ok('getAvailability', { params: { groupId } })).toEqual({ mine: null });
    const weekly = [{ weekday: 2 as const, from: '18:00', to: '21:00' }, { weekday: 5 as const, from: '22:00', to: '24:00' }];
    const shared = await sam.ok('setAvailability', { params: { groupId }, body: { zone: 'Europe/London', weekly } });
    expect(shared).toEqual({ mine: { zone: 'Europe/London', weekly, updatedAt: new Date(clock.now()).toISOString() } });
    expect(await sam.ok('getAvailability', { params: { groupId } })).toEqual(shared);
    // The organiser's own is separate.
    expect(await organiser.ok('getAvailability', { params: { groupId } })).toEqual({ mine: null });
    const replaced = await sam.ok('setAvailability', { params: { groupId }, body: { zone: 'Asia/Kolkata', weekly: [] } });
    expect(replaced.mine?.zone).toBe('Asia/Kolkata');
    expect((await sam.call('clearAvailability', { params: { groupId } })).status).toBe(204);
    expect((await sam.call('clearAvailability', { params: { groupId } })).status).toBe(204);
    expect(await sam.ok('getAvailability', { params: { groupId } })).toEqual({ mine: null });
  });

  it('refuses what shared/schedule refuses, naming the field, and keeps the earlier availability', async () => {
    const { groupId, members } = await groupWith(['Sam']);
    const sam = members[0]!;
    const before = await sam.ok('setAvailability', { params: { groupId }, body: { zone: 'Europe/London', weekly: weekdays('09:00', '12:00') } });
    const cases: Array<[string, unknown, string, string]> = [
      ['an unknown zone', { zone: 'Atlantis/Central', weekly: [] }, 'zone', 'invalid_zone'],
      ['an offset instead of a zone', { zone: '+02:00', weekly: [] }, 'zone', 'invalid_zone'],
      ['an hour that does not exist', { zone: 'Europe/London', weekly: [{ weekday: 1, from: '25:00', to: '26:00' }] }, 'weekly', 'invalid_time'],
      ['an empty window', { zone: 'Europe/London', weekly: [{ weekday: 1, from: '10:00', to: '10:00' }] }, 'weekly', 'invalid_rule'],
    ];
    for (const [what, body, field, code] of cases) {
      const res = await sam.call('setAvailability', { params: { groupId }, body });
      expect([res.status, res.body.error?.code, res.body.error?.fields?.[field]?.split(':')[0]], what).toEqual([400, 'invalid_payload', code]);
    }
    expect(await sam.ok('getAvailability', { params: { groupId } })).toEqual(before);
  });

  it('finds the slots three members in three zones share, most attendees first, each person’s zone alongside', async () => {
    const { groupId, members } = await groupWith(['Sam', 'Alex', 'Priya']);
    const [sam, alex, priya] = members as [Browser, Browser, Browser];
    // In April: London 18:00–22:00 BST = 17:00–21:00Z; New York 12:00–16:00 EDT = 16:00–20:00Z;
    // Kolkata 22:00–01:00 IST (past midnight) = 16:30–19:30Z. All three: 17:00–19:30Z.
    await sam.ok('setAvailability', { params: { groupId }, body: { zone: 'Europe/London', weekly: weekdays('18:00', '22:00') } });
    await alex.ok('setAvailability', { params: { groupId }, body: { zone: 'America/New_York', weekly: weekdays('12:00', '16:00') } });
    await priya.ok('setAvailability', { params: { groupId }, body: { zone: 'Asia/Kolkata', weekly: weekdays('22:00', '01:00') } });

    const found = await organiser.ok('findTime', { params: { groupId }, body: { durationMinutes: 60, from: '2026-04-06T00:00:00Z', to: '2026-04-08T00:00:00Z', limit: 6 } });
    const ids = await Promise.all(members.map(async (m) => (await m.ok('getGroup', { params: { groupId } })).myMembershipId));
    expect(found.people).toEqual([
      { membershipId: ids[0], pseudonym: 'Sam', zone: 'Europe/London' },
      { membershipId: ids[1], pseudonym: 'Alex', zone: 'America/New_York' },
      { membershipId: ids[2], pseudonym: 'Priya', zone: 'Asia/Kolkata' },
    ]);
    expect(found.slots).toEqual([
      { start: '2026-04-06T17:00:00.000Z', end: '2026-04-06T18:00:00.000Z', attendees: [0, 1, 2] },
      { start: '2026-04-06T17:30:00.000Z', end: '2026-04-06T18:30:00.000Z', attendees: [0, 1, 2] },
      { start: '2026-04-06T18:00:00.000Z', end: '2026-04-06T19:00:00.000Z', attendees: [0, 1, 2] },
      { start: '2026-04-06T18:30:00.000Z', end: '2026-04-06T19:30:00.000Z', attendees: [0, 1, 2] },
      { start: '2026-04-07T17:00:00.000Z', end: '2026-04-07T18:00:00.000Z', attendees: [0, 1, 2] },
      { start: '2026-04-07T17:30:00.000Z', end: '2026-04-07T18:30:00.000Z', attendees: [0, 1, 2] },
    ]);

    // Priya withdraws: the best slots now suit Sam and Alex, who overlap 17:00–20:00Z.
    await priya.ok('clearAvailability', { params: { groupId } });
    const two = await organiser.ok('findTime', { params: { groupId }, body: { durationMinutes: 180, from: '2026-04-06T00:00:00Z', to: '2026-04-07T00:00:00Z' } });
    expect(two.people.map((p) => p.pseudonym)).toEqual(['Sam', 'Alex']);
    expect(two.slots[0]).toEqual({ start: '2026-04-06T17:00:00.000Z', end: '2026-04-06T20:00:00.000Z', attendees: [0, 1] });
  });

  it('looks at most 31 days ahead and never backwards; with no one sharing there is nothing to find', async () => {
    const { groupId } = await groupWith([]);
    const search = (from: string, to: string) => organiser.call('findTime', { params: { groupId }, body: { durationMinutes: 60, from, to } });
    const long = await search('2026-04-01T00:00:00Z', '2026-05-02T00:00:01Z');
    expect([long.status, long.body.error?.code, Object.keys(long.body.error?.fields ?? {})]).toEqual([400, 'invalid_payload', ['to']]);
    const backwards = await search('2026-04-02T00:00:00Z', '2026-04-01T00:00:00Z');
    expect([backwards.status, Object.keys(backwards.body.error?.fields ?? {})]).toEqual([400, ['to']]);
    expect(await (await search('2026-04-01T00:00:00Z', '2026-05-02T00:00:00Z')).body).toEqual({ people: [], slots: [] });
  });
});
