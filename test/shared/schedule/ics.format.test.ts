import { PINNED_OFFSET_MINUTES, pinnedOffset } from './pinTz';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarToIcs, seriesToIcs } from '../../../shared/schedule/ics';
import type { IcsSeries, Series } from '../../../shared/schedule/types';
import { icsSeries, now, NOW, ours } from './icsCompare';
import { contentLines, expandIcs, parseCalendar } from './icsParse';

// What calendar apps rely on besides the dates: the file's shape, stable identities, reminders,
// text that survives any title, and a valid file even when a series is not.

const tuesdays: Series = {
  zone: 'Europe/London', start: '2026-03-17T19:00', durationMinutes: 90, repeat: { freq: 'weekly' },
  cancelled: ['2026-03-31T19:00'], moved: { '2026-04-07T19:00': { start: '2026-04-08T18:30' } },
};
const write = (series: Series, title?: string): string => seriesToIcs(icsSeries(series, undefined, title), { now });
const vevents = (text: string) => parseCalendar(text).getAllSubcomponents('vevent');
const masterLines = (text: string): string[] => {
  const lines = contentLines(text);
  const start = lines.indexOf('BEGIN:VEVENT');
  return lines.slice(start, lines.indexOf('END:VEVENT', start) + 1);
};
const weekly = (zone: string, start: string, extra: Partial<Series> = {}): Series => ({ zone, start, durationMinutes: 60, repeat: { freq: 'weekly' }, ...extra });

describe('calendar file shape', () => {
  it('runs with the pinned host zone', () => {
    expect(pinnedOffset()).toBe(PINNED_OFFSET_MINUTES);
  });

  it('is a PUBLISH calendar with CRLF lines of at most 75 octets, even for long non-Latin titles', () => {
    const title = '支援グループ, 毎週火曜日; ' + '🔥'.repeat(40) + ' مجموعة دعم الأقران';
    const text = write(weekly('America/New_York', '2027-01-03T02:30'), title);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hearth//Schedule//EN\r\nMETHOD:PUBLISH\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n');
    expect(physical.length).toBeGreaterThan(40);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Folding happened (the title and the pin lists are long), and never split a character.
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    expect(parseCalendar(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(title);
  });

  it('gives every event, moved ones included, a 15-minute display reminder', () => {
    const events = vevents(write(tuesdays));
    expect(events).toHaveLength(2);
    for (const event of events) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarms[0]!.getFirstPropertyValue('trigger'))).toBe('-PT15M');
      expect(alarms[0]!.getFirstPropertyValue('description')).toBe('Peer support circle');
    }
  });

  it('keeps the UID stable across calls, shared by the moved occurrence; only DTSTAMP follows the clock', () => {
    const first = seriesToIcs(icsSeries(tuesdays, 'weekly-circle-42@hearth'), { now });
    const later = seriesToIcs(icsSeries(tuesdays, 'weekly-circle-42@hearth'), { now: () => NOW + 86_400_000 });
    expect(vevents(first).map((e) => e.getFirstPropertyValue('uid'))).toEqual(['weekly-circle-42@hearth', 'weekly-circle-42@hearth']);
    expect(contentLines(first).filter((l) => l.startsWith('DTSTAMP:'))).toEqual(['DTSTAMP:20260601T120000Z', 'DTSTAMP:20260601T120000Z']);
    const withoutStamp = (text: string) => contentLines(text).filter((l) => !l.startsWith('DTSTAMP:'));
    expect(withoutStamp(later)).toEqual(withoutStamp(first));
    expect(later).not.toBe(first);
  });

  it('writes local times with TZID, the rule, cancellations and the moved occurrence', () => {
    const lines = contentLines(write(tuesdays));
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260317T190000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20260317T203000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=MO');
    expect(lines).toContain('EXDATE;TZID=Europe/London:20260331T190000');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/London:20260407T190000');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260408T183000');
  });

  it.each([
    [weekly('America/New_York', '2026-01-05T18:30', { repeat: { freq: 'weekly', interval: 2, weekdays: [1, 3, 5] }, count: 12 }), 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;WKST=MO;COUNT=12'],
    [weekly('Australia/Adelaide', '2026-07-14T19:30', { repeat: { freq: 'monthly', nthWeekday: { nth: 2, weekday: 2 } } }), 'RRULE:FREQ=MONTHLY;BYDAY=2TU'],
    [weekly('Australia/Sydney', '2026-01-30T18:00', { repeat: { freq: 'monthly', interval: 3, nthWeekday: { nth: -1, weekday: 5 } } }), 'RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR'],
    [weekly('Pacific/Chatham', '2026-01-31T19:45', { repeat: { freq: 'monthly', monthDay: 31 }, count: 10 }), 'RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=10'],
    // UNTIL: the last second of 31 December in Sydney (UTC+11 then), in UTC.
    [weekly('Australia/Sydney', '2026-01-07T07:00', { until: '2026-12-31' }), 'RRULE:FREQ=WEEKLY;BYDAY=WE;WKST=MO;UNTIL=20261231T125959Z'],
  ])('RRULE %#', (series, rrule) => {
    expect(masterLines(write(series))).toContain(rrule);
  });

  it('pins a gap slot: RDATE at our instant, EXDATE at the early reading, and ends by UNTIL instead of COUNT', () => {
    const lines = masterLines(write(weekly('America/New_York', '2027-01-03T02:30', { count: 20 })));
    expect(lines).toContain('RDATE:20270314T073000Z');
    expect(lines).toContain('EXDATE:20270314T063000Z');
    // The 20th Sunday is 16 May 2027; its last second in New York is 03:59:59Z the next day.
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU;WKST=MO;UNTIL=20270517T035959Z');
    // Not EXDATE;TZID=...:20270314T023000: read per RFC 5545 that is 07:30Z, and would remove the RDATE.
    expect(lines.filter((l) => l.startsWith('EXDATE;TZID'))).toEqual([]);
  });

  it('pins a fold slot to the first of the two instants', () => {
    const lines = masterLines(write(weekly('America/New_York', '2027-10-31T01:30', { count: 3 })));
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU;WKST=MO;COUNT=3');
    expect(lines).toContain('RDATE:20271107T053000Z');
    expect(lines).toContain('EXDATE:20271107T063000Z');
  });

  it('says DURATION, not DTEND, when DTSTART itself does not exist', () => {
    const lines = masterLines(write(weekly('America/New_York', '2027-03-14T02:30')));
    expect(lines).toContain('DTSTART;TZID=America/New_York:20270314T023000');
    expect(lines).toContain('DURATION:PT60M');
    expect(lines.some((l) => l.startsWith('DTEND'))).toBe(false);
  });
});

describe('text', () => {
  it('titles, descriptions and URLs survive commas, semicolons, newlines, backslashes, emoji and other scripts', () => {
    const series: IcsSeries = {
      ...weekly('Asia/Kolkata', '2026-01-01T20:00', { count: 2 }),
      uid: 'text@hearth',
      title: 'Grief, loss; and hope\nTuesdays \\ 🌱 Ελληνικά 中文 עברית',
      description: 'Line one\r\nLine two, with; punctuation\n\n🙂',
      url: 'https://hearth.example/groups/abc?x=1&y=2',
    };
    const event = parseCalendar(seriesToIcs(series, { now })).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(series.title);
    expect(event.getFirstPropertyValue('description')).toBe('Line one\nLine two, with; punctuation\n\n🙂');
    expect(event.getFirstPropertyValue('url')).toBe(series.url);
  });

  it('a calendar name cannot inject lines', () => {
    const text = calendarToIcs({ name: 'Group\r\nBEGIN:VEVENT\r\nUID:evil\nEND:VEVENT', series: [icsSeries(tuesdays)] }, { now });
    const lines = contentLines(text);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).not.toContain('UID:evil');
    expect(lines).toContain('X-WR-CALNAME:Group\\nBEGIN:VEVENT\\nUID:evil\\nEND:VEVENT');
  });

  it('leaves out a URL that is not a plain http(s) address', () => {
    const text = seriesToIcs({ ...icsSeries(tuesdays), url: 'javascript:alert(1)' }, { now });
    expect(contentLines(text).some((l) => l.startsWith('URL'))).toBe(false);
  });
});

describe('invalid series: a valid file without them', () => {
  const good = icsSeries(weekly('Europe/London', '2026-01-06T19:00', { count: 5 }), 'good@hearth');
  const goodToo = icsSeries(weekly('Asia/Kathmandu', '2026-01-07T19:00', { count: 3 }), 'good-too@hearth');
  const broken: IcsSeries[] = [
    icsSeries(weekly('Mars/Olympus_Mons', '2026-01-06T19:00'), 'bad-zone@hearth'),
    icsSeries(weekly('Europe/London', '2026-02-30T19:00'), 'bad-date@hearth'),
    icsSeries(weekly('Europe/London', '2026-01-06T19:00', { count: 3, until: '2026-03-01' }), 'contradiction@hearth'),
    icsSeries(weekly('Europe/London', '2026-01-06T19:00'), 'new\r\nline@hearth'),
    icsSeries(weekly('Europe/London', '2026-01-06T19:00'), ''),
  ];

  it.each(broken.map((s) => [s.uid, s] as const))('seriesToIcs(%j) is an empty but valid calendar', (_uid, series) => {
    const text = seriesToIcs(series, { now });
    const calendar = parseCalendar(text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
  });

  it('calendarToIcs keeps the valid series (one VTIMEZONE each) and drops the others', () => {
    const text = calendarToIcs({ name: 'Group', series: [good, ...broken, goodToo] }, { now });
    const calendar = parseCalendar(text);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/London', 'Asia/Kathmandu']);
    const window = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
    const expected = [good, goodToo]
      .flatMap((s) => ours(s, window).map(({ start, end }) => ({ uid: s.uid, start, end })))
      .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
    expect(expected).toHaveLength(8);
    expect(expandIcs(text, window)).toEqual(expected);
  });

  it('junk in place of a series or calendar is skipped, not thrown', () => {
    const junk = [null, 42, 'series', { uid: 'x@hearth' }] as unknown as IcsSeries[];
    const text = calendarToIcs({ name: undefined, series: [...junk, good] } as unknown as { name: string; series: IcsSeries[] }, { now });
    expect(vevents(text).map((e) => e.getFirstPropertyValue('uid'))).toEqual(['good@hearth']);
    expect(() => seriesToIcs(null as unknown as IcsSeries, { now })).not.toThrow();
  });

  it('ical.js accepts the whole feed as RFC 5545 (components close, values parse)', () => {
    const text = calendarToIcs({ name: 'Group', series: [good, goodToo, icsSeries(tuesdays, 'tuesdays@hearth')] }, { now });
    const parsed = ICAL.parse(text);
    expect(ICAL.stringify(parsed).replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)).toHaveLength(contentLines(text).length);
  });
});
