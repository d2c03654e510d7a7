// Series over real HTTP, on SQLite and PostgreSQL, with the server's clock in the test's hand:
// validation answers with stable codes and stores nothing; a weekly London series follows both
// clock changes in UTC; cancelling, moving and ending show in everyone's upcoming list, which
// also says when the group's live room is open.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriesView } from '../../../shared/api';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { connectClient } from '../../helpers/client';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createInvite, createSeries, joinAsMember, PASSWORD, setUpOrganiser, uniqueEmail } from '../../helpers/api';

const DAY = 86_400_000;
const TUESDAYS = { zone: 'Europe/London', start: '2026-03-03T19:00', durationMinutes: 60, repeat: { freq: 'weekly' as const } };

describe.each(TEST_DIALECTS)('series API on %s', (dialect) => {
  let server: TestServer;
  const START = '2026-03-20T12:00:00.000Z'; // a Friday, GMT
  const clock = testClock(Date.parse(START));
  const setNow = (iso: string) => clock.advance(Date.parse(iso) - clock.now());
  const email = uniqueEmail('organiser');
  let organiser: Browser;

  beforeAll(async () => {
    server = await startTestServer({}, { database: dialect, now: clock.now });
    organiser = await setUpOrganiser(server.url, email);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A fresh group with a member in it, at START. */
  async function group() {
    setNow(START);
    const g = await createGroup(organiser);
    const member = new Browser(server.url);
    await joinAsMember(member, (await createInvite(organiser, g.id)).token, 'Sam');
    return { groupId: g.id, member };
  }

  const upcoming = async (browser: Browser, groupId: string) => (await browser.ok('upcoming', { params: { groupId } })).occurrences;

  it('refuses rules shared/schedule refuses, with stable codes, and stores nothing', async () => {
    const { groupId } = await group();
    const attempt = (schedule: Record<string, unknown>) => organiser.call('createSeries', { params: { groupId }, body: { title: 'Circle', schedule } });
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['an unknown zone', { ...TUESDAYS, zone: 'Europe/Londres' }, 'schedule', 'invalid_zone'],
      ['an impossible date', { ...TUESDAYS, start: '2026-02-30T19:00' }, 'schedule', 'invalid_time'],
      ['an impossible time', { ...TUESDAYS, start: '2026-03-03T24:00' }, 'schedule', 'invalid_time'],
      ['count and until together', { ...TUESDAYS, count: 5, until: '2026-06-30' }, 'schedule', 'invalid_rule'],
      ['a start off its own rule', { ...TUESDAYS, repeat: { freq: 'weekly', weekdays: [3] } }, 'schedule', 'invalid_rule'],
      ['until without repeating', { zone: 'Europe/London', start: '2026-03-03T19:00', durationMinutes: 60, until: '2026-04-01' }, 'schedule', 'invalid_rule'],
    ];
    for (const [what, schedule, field, code] of cases) {
      const res = await attempt(schedule);
      expect([res.status, res.body.error?.code], what).toEqual([400, 'invalid_payload']);
      expect(res.body.error?.fields?.[field]?.split(':')[0], what).toBe(code);
    }
    // Shapes are zod's: the field is named.
    const shape = await attempt({ ...TUESDAYS, durationMinutes: 0, start: '3 March, 7pm' });
    expect([shape.status, Object.keys(shape.body.error?.fields ?? {}).sort()]).toEqual([400, ['schedule.durationMinutes', 'schedule.start']]);
    expect((await organiser.ok('listSeries', { params: { groupId } })).series).toEqual([]);
  });

  it('refuses a malformed slot, and a slot the series does not generate, leaving the series as it was', async () => {
    const { groupId } = await group();
    const s = await createSeries(organiser, groupId, TUESDAYS.start);
    const at = (slot: string) => ({ params: { groupId, seriesId: s.id, slot } });
    const bad = await organiser.call('cancelOccurrence', at('2026-3-10T19:00'));
    expect([bad.status, bad.body.error?.code, Object.keys(bad.body.error?.fields ?? {})]).toEqual([400, 'invalid_payload', ['slot']]);
    for (const slot of ['2026-03-11T19:00', '2026-03-10T18:00', '2026-02-24T19:00', '2026-02-30T19:00']) {
      const cancel = await organiser.call('cancelOccurrence', at(slot));
      const move = await organiser.call('moveOccurrence', { ...at(slot), body: { start: '2026-03-12T19:00' } });
      expect([cancel.status, cancel.body.error?.code, move.status, move.body.error?.code], slot).toEqual([404, 'not_found', 404, 'not_found']);
    }
    // A move to a time that cannot be: judged like any rule.
    const impossible = await organiser.call('moveOccurrence', { ...at('2026-03-10T19:00'), body: { start: '2026-03-32T19:00' } });
    expect([impossible.status, impossible.body.error?.fields?.start?.split(':')[0]]).toEqual([400, 'invalid_time']);
    const other = await organiser.call('cancelOccurrence', { params: { groupId, seriesId: randomUUID(), slot: '2026-03-10T19:00' } });
    expect([other.status, other.body.error?.code]).toEqual([404, 'not_found']);
    expect((await organiser.ok('listSeries', { params: { groupId } })).series).toEqual([s]);
  });

  it('follows London’s clocks: Tuesday 19:00 is 19:00Z in winter and 18:00Z in summer; cancel, move and end show for members', async () => {
    const { groupId, member } = await group();
    const s = await createSeries(organiser, groupId, TUESDAYS.start, {}, 'Tuesday circle');
    const march = await upcoming(member, groupId);
    expect(march.slice(0, 3).map((o) => [o.slot, o.start, o.end])).toEqual([
      ['2026-03-24T19:00', '2026-03-24T19:00:00.000Z', '2026-03-24T20:00:00.000Z'],
      ['2026-03-31T19:00', '2026-03-31T18:00:00.000Z', '2026-03-31T19:00:00.000Z'],
      ['2026-04-07T19:00', '2026-04-07T18:00:00.000Z', '2026-04-07T19:00:00.000Z'],
    ]);
    expect(march[0]).toMatchObject({ seriesId: s.id, title: 'Tuesday circle', zone: 'Europe/London', joinOpensAt: '2026-03-24T18:50:00.000Z', cancelled: false, moved: false });

    const slot = (at: string) => ({ params: { groupId, seriesId: s.id, slot: at } });
    await organiser.ok('cancelOccurrence', slot('2026-03-31T19:00'));
    const twice = await organiser.ok('cancelOccurrence', slot('2026-03-31T19:00'));
    expect(twice.schedule.cancelled).toEqual(['2026-03-31T19:00']);
    const moved = await organiser.ok('moveOccurrence', { ...slot('2026-04-07T19:00'), body: { start: '2026-04-08T18:30', durationMinutes: 90 } });
    expect(moved.schedule.moved).toEqual({ '2026-04-07T19:00': { start: '2026-04-08T18:30', durationMinutes: 90 } });
    const after = await upcoming(member, groupId);
    expect(after.slice(0, 3).map((o) => [o.slot, o.start, o.end, o.cancelled, o.moved])).toEqual([
      ['2026-03-24T19:00', '2026-03-24T19:00:00.000Z', '2026-03-24T20:00:00.000Z', false, false],
      ['2026-03-31T19:00', '2026-03-31T18:00:00.000Z', '2026-03-31T19:00:00.000Z', true, false],
      ['2026-04-07T19:00', '2026-04-08T17:30:00.000Z', '2026-04-08T19:00:00.000Z', false, true],
    ]);

    // October: the clocks go back on Sunday 25 October 2026.
    setNow('2026-10-14T12:00:00.000Z');
    const october = await upcoming(member, groupId);
    expect(october.slice(0, 3).map((o) => o.start)).toEqual(['2026-10-20T18:00:00.000Z', '2026-10-27T19:00:00.000Z', '2026-11-03T19:00:00.000Z']);

    // Ending on Wednesday the 21st keeps the 20th and stops everything after.
    setNow('2026-10-21T09:00:00.000Z');
    await organiser.ok('login', { body: { email, password: PASSWORD } }); // the March session has lapsed
    const ended = await organiser.ok('endSeries', { params: { groupId, seriesId: s.id } });
    expect(ended).toMatchObject({ endedAt: '2026-10-21T09:00:00.000Z', schedule: { until: '2026-10-20', cancelled: ['2026-03-31T19:00'] } });
    expect(await upcoming(member, groupId)).toEqual([]);
  });

  it('refuses to end a series before anything of it happened', async () => {
    const { groupId } = await group();
    const s = await createSeries(organiser, groupId, '2026-04-07T19:00');
    const res = await organiser.call('endSeries', { params: { groupId, seriesId: s.id } });
    expect([res.status, res.body.error?.code, res.body.error?.message]).toEqual([409, 'conflict', 'nothing of this series has happened yet; delete it instead']);
    expect((await organiser.ok('deleteSeries', { params: { groupId, seriesId: s.id } })) ?? null).toBeNull();
    expect((await organiser.call('deleteSeries', { params: { groupId, seriesId: s.id } })).status).toBe(404);
    expect((await organiser.ok('listSeries', { params: { groupId } })).series).toEqual([]);
  });

  it('keeps cancellations and moves through an edit of the rule; they stay inert where the new rule has no such slot', async () => {
    const { groupId, member } = await group();
    const s = await createSeries(organiser, groupId, TUESDAYS.start);
    const slot = (at: string) => ({ params: { groupId, seriesId: s.id, slot: at } });
    await organiser.ok('cancelOccurrence', slot('2026-03-24T19:00'));
    await organiser.ok('moveOccurrence', { ...slot('2026-03-31T19:00'), body: { start: '2026-04-01T19:00' } });
    clock.advance(60_000);
    const renamed = await organiser.ok('updateSeries', { params: { groupId, seriesId: s.id }, body: { title: 'Renamed', description: 'Now with tea' } });
    expect(renamed).toMatchObject({ title: 'Renamed', description: 'Now with tea', schedule: { start: TUESDAYS.start }, updatedAt: new Date(clock.now()).toISOString() });
    expect(renamed.updatedAt > s.updatedAt).toBe(true);

    // Now at 18:00: the old slots no longer exist, so the entries do nothing (and are kept).
    const earlier = await organiser.ok('updateSeries', { params: { groupId, seriesId: s.id }, body: { schedule: { ...TUESDAYS, start: '2026-03-03T18:00' } } });
    expect(earlier.schedule).toEqual({ ...TUESDAYS, start: '2026-03-03T18:00', cancelled: ['2026-03-24T19:00'], moved: { '2026-03-31T19:00': { start: '2026-04-01T19:00' } } });
    expect((await upcoming(member, groupId)).slice(0, 2).map((o) => [o.slot, o.cancelled, o.moved])).toEqual([
      ['2026-03-24T18:00', false, false],
      ['2026-03-31T18:00', false, false],
    ]);
    // Leftovers can still be cleared; a wrong rule in an edit changes nothing.
    await organiser.ok('restoreOccurrence', slot('2026-03-24T19:00'));
    const cleared = await organiser.ok('unmoveOccurrence', slot('2026-03-31T19:00'));
    expect([cleared.schedule.cancelled, cleared.schedule.moved]).toEqual([undefined, undefined]);
    const refused = await organiser.call('updateSeries', { params: { groupId, seriesId: s.id }, body: { schedule: { ...TUESDAYS, zone: 'Nowhere/Atall' } } });
    expect([refused.status, refused.body.error?.fields?.schedule?.split(':')[0]]).toEqual([400, 'invalid_zone']);
    expect((await organiser.ok('listSeries', { params: { groupId } })).series).toEqual([cleared]);
  });

  it('undoes idempotently, and moving back to the original time is no move', async () => {
    const { groupId } = await group();
    const s = await createSeries(organiser, groupId, TUESDAYS.start);
    const slot = { params: { groupId, seriesId: s.id, slot: '2026-03-24T19:00' } };
    const untouched = (v: SeriesView) => [v.schedule.cancelled, v.schedule.moved];
    expect(untouched(await organiser.ok('restoreOccurrence', slot))).toEqual([undefined, undefined]);
    expect(untouched(await organiser.ok('unmoveOccurrence', slot))).toEqual([undefined, undefined]);
    await organiser.ok('moveOccurrence', { ...slot, body: { start: '2026-03-25T19:00' } });
    expect(untouched(await organiser.ok('moveOccurrence', { ...slot, body: { start: '2026-03-24T19:00' } }))).toEqual([undefined, undefined]);
  });

  it('answers the server’s now and join lead time with the upcoming list, for a group with nothing scheduled too', async () => {
    const { groupId, member } = await group();
    expect(await member.ok('upcoming', { params: { groupId } })).toEqual({ occurrences: [], joinEarlyMinutes: 10, now: new Date(clock.now()).toISOString(), liveNow: false });
    await createSeries(organiser, groupId, '2026-03-02T09:00', { zone: 'Asia/Kolkata', repeat: { freq: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] } });
    const list = await upcoming(member, groupId);
    expect(list).toHaveLength(60);
    expect(list[0]?.start).toBe('2026-03-21T03:30:00.000Z');
    expect(Date.parse(list.at(-1)!.start) < clock.now() + 60 * DAY).toBe(true);
  });

  it('says the group’s live room is open (liveNow) while someone is in it, not while someone only prepares', async () => {
    const { groupId, member } = await group();
    const liveNow = async () => (await member.ok('upcoming', { params: { groupId } })).liveNow;
    expect(await liveNow()).toBe(false);
    const { token, roomId } = await organiser.ok('joinToken', { params: { groupId } });
    const host = await connectClient(server.url, token);
    try {
      const prepared = await host.call('room:prepare', { roomId });
      expect(await liveNow()).toBe(false);
      await host.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities });
      expect(await liveNow()).toBe(true);
      // Another group's room says nothing about this one.
      const other = await group();
      expect((await other.member.ok('upcoming', { params: { groupId: other.groupId } })).liveNow).toBe(false);
      host.close();
      await expect.poll(liveNow).toBe(false);
    } finally {
      host.close();
    }
  });
});
