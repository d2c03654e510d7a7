// Calendar files over real HTTP, read back with an independent parser (ical.js): one series to
// download, and each member's private feed of the group's calendar. The feed needs no cookie;
// rotating, revoking, leaving or removal make the old address answer 410; a made-up one 404.
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpcomingOccurrence } from '../../../shared/api';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createInvite, createSeries, feedTokenOf, joinAsMember, setUpOrganiser } from '../../helpers/api';

const DAY = 86_400_000;

interface Instance {
  uid: string;
  start: string;
  end: string;
}

/** Every instance ical.js finds in [from, to): recurrence rules, EXDATE/RDATE and moved (RECURRENCE-ID) events applied. */
function expandIcs(text: string, from: number, to: number): { name: string | undefined; instances: Instance[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const byUid = new Map<string, { master?: ICAL.Component; exceptions: ICAL.Component[] }>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    const entry = byUid.get(uid) ?? { exceptions: [] };
    byUid.set(uid, entry);
    if (vevent.hasProperty('recurrence-id')) entry.exceptions.push(vevent);
    else entry.master = vevent;
  }
  const instances: Instance[] = [];
  for (const [uid, { master, exceptions }] of byUid) {
    if (!master) throw new Error(`${uid}: moved instances without their series`);
    const event = new ICAL.Event(master);
    for (const e of exceptions) event.relateException(e);
    const it = event.iterator();
    for (let next = it.next(), guard = 0; next && guard < 5000; next = it.next(), guard++) {
      // Moves stay within days of their original time here; past that margin nothing more can fall inside.
      if (next.toJSDate().getTime() >= to + 7 * DAY) break;
      const details = event.getOccurrenceDetails(next);
      const start = details.startDate.toJSDate().getTime();
      if (start >= from && start < to) instances.push({ uid, start: new Date(start).toISOString(), end: details.endDate.toJSDate().toISOString() });
    }
  }
  instances.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  const name = root.getFirstPropertyValue('x-wr-calname');
  return { name: typeof name === 'string' ? name : undefined, instances };
}

/** What the upcoming list says should be in a calendar: every occurrence not cancelled. */
const expected = (list: UpcomingOccurrence[]): Instance[] =>
  list.filter((o) => !o.cancelled).map((o) => ({ uid: `${o.seriesId}@hearth`, start: o.start, end: o.end }));

describe.each(TEST_DIALECTS)('calendars on %s', (dialect) => {
  let server: TestServer;
  const clock = testClock(Date.parse('2026-03-20T12:00:00.000Z'));
  let organiser: Browser;

  beforeAll(async () => {
    server = await startTestServer({}, { database: dialect, now: clock.now });
    organiser = await setUpOrganiser(server.url);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function scheduledGroup(name = 'Tuesday evening circle') {
    clock.advance(2 * 60_000); // a fresh attempt budget for the feed's per-client limit
    const group = await createGroup(organiser, { name });
    const member = new Browser(server.url);
    const joined = await joinAsMember(member, (await createInvite(organiser, group.id)).token, 'Sam');
    // Tuesdays 19:00 London across the March change, and the first Thursday of each month at noon in New York.
    const weekly = await createSeries(organiser, group.id, '2026-03-03T19:00', {}, 'Café & talk');
    const monthly = await createSeries(organiser, group.id, '2026-03-05T12:00', { zone: 'America/New_York', durationMinutes: 90, repeat: { freq: 'monthly', nthWeekday: { nth: 1, weekday: 4 } } }, 'Check-in');
    return { groupId: group.id, member, membershipId: joined.group.myMembershipId, weekly, monthly };
  }

  const fetchFeed = (url: string) => new Browser(server.url).request('GET', new URL(url).pathname, { headers: { Accept: 'text/calendar' } });

  it('serves one series as a download that ical.js reads as the same occurrences, across the clock change', async () => {
    const { groupId, member, weekly } = await scheduledGroup();
    await organiser.ok('cancelOccurrence', { params: { groupId, seriesId: weekly.id, slot: '2026-04-07T19:00' } });
    await organiser.ok('moveOccurrence', { params: { groupId, seriesId: weekly.id, slot: '2026-04-14T19:00' }, body: { start: '2026-04-15T18:30' } });
    const res = await member.request('GET', `/api/groups/${groupId}/series/${weekly.id}/calendar`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="Cafe-talk.ics"');
    expect(res.text).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const now = clock.now();
    const { instances } = expandIcs(res.text, now, now + 60 * DAY);
    const upcoming = (await member.ok('upcoming', { params: { groupId } })).occurrences.filter((o) => o.seriesId === weekly.id);
    expect(instances).toEqual(expected(upcoming));
    expect(instances.slice(0, 2).map((i) => i.start)).toEqual(['2026-03-24T19:00:00.000Z', '2026-03-31T18:00:00.000Z']);
    expect(instances.map((i) => i.start)).toContain('2026-04-15T17:30:00.000Z');
    expect(instances.map((i) => i.start)).not.toContain('2026-04-07T18:00:00.000Z');
    const vevent = new ICAL.Component(ICAL.parse(res.text)).getFirstSubcomponent('vevent');
    expect([vevent?.getFirstPropertyValue('summary'), vevent?.getFirstPropertyValue('url')]).toEqual(['Café & talk', `${server.url}/groups/${groupId}`]);
  });

  it('gives each member a private feed of the whole group’s calendar that works without any cookie', async () => {
    const { groupId, member, monthly } = await scheduledGroup('Carers’ circle');
    expect(await member.ok('getCalendarFeed', { params: { groupId } })).toEqual({ feed: null });
    const feed = await member.ok('createCalendarFeed', { params: { groupId } });
    expect(feed.url).toMatch(new RegExp(`^${server.url}/api/calendar-feeds/[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}$`));
    expect(feed.createdAt).toBe(new Date(clock.now()).toISOString());
    // The address can be shown again later.
    expect(await member.ok('getCalendarFeed', { params: { groupId } })).toEqual({ feed });

    const res = await fetchFeed(feed.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="Carers-circle.ics"');
    expect(res.headers.get('set-cookie')).toBeNull();
    const now = clock.now();
    const { name, instances } = expandIcs(res.text, now, now + 60 * DAY);
    expect(name).toBe('Carers’ circle');
    expect(instances).toEqual(expected((await member.ok('upcoming', { params: { groupId } })).occurrences));
    expect(instances.filter((i) => i.uid.startsWith(monthly.id)).map((i) => [i.start, i.end])).toEqual([
      ['2026-04-02T16:00:00.000Z', '2026-04-02T17:30:00.000Z'],
      ['2026-05-07T16:00:00.000Z', '2026-05-07T17:30:00.000Z'],
    ]);
  });

  it('stops an address when a new one is made, when it is revoked, and when its membership ends', async () => {
    const { groupId, member, membershipId } = await scheduledGroup();
    const first = await member.ok('createCalendarFeed', { params: { groupId } });
    const second = await member.ok('createCalendarFeed', { params: { groupId } });
    expect(second.url).not.toBe(first.url);
    const status = async (url: string) => {
      const r = await fetchFeed(url);
      return [r.status, (r.body as { error?: { code?: string } } | undefined)?.error?.code];
    };
    expect(await status(first.url)).toEqual([410, 'token_revoked']);
    expect(await status(second.url)).toEqual([200, undefined]);

    expect((await member.call('revokeCalendarFeed', { params: { groupId } })).status).toBe(204);
    expect(await member.ok('getCalendarFeed', { params: { groupId } })).toEqual({ feed: null });
    expect(await status(second.url)).toEqual([410, 'token_revoked']);

    const third = await member.ok('createCalendarFeed', { params: { groupId } });
    const staffFeed = await organiser.ok('createCalendarFeed', { params: { groupId } });
    await organiser.ok('removeMember', { params: { groupId, membershipId } });
    expect(await status(third.url)).toEqual([410, 'token_revoked']);
    expect(await status(staffFeed.url)).toEqual([200, undefined]);
    await organiser.ok('deleteGroup', { params: { groupId } });
    expect(await status(staffFeed.url)).toEqual([410, 'token_revoked']);
  });

  it('answers 404 for an address it never made', async () => {
    const { groupId, member } = await scheduledGroup();
    const real = feedTokenOf((await member.ok('createCalendarFeed', { params: { groupId } })).url);
    const [id, mac] = real.split('.') as [string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const token of [`${id}.${flip(mac, 5)}`, `${randomUUID()}.${mac}`, id, 'not-a-feed', `${real}x`]) {
      const res = await new Browser(server.url).call('calendarFeed', { params: { token } });
      expect([res.status, res.body.error?.code], token).toEqual([404, 'not_found']);
    }
  });

  it('limits feed fetches per client', async () => {
    const { groupId, member } = await scheduledGroup();
    const { url } = await member.ok('createCalendarFeed', { params: { groupId } });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await fetchFeed(url)).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    const limited = await fetchFeed(url);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
    clock.advance(2 * 60_000);
  });
});
