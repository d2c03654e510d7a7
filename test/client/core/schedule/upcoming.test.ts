import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isScheduleError } from '../../../../shared/schedule';
import { timeChange, upcomingView, type UpcomingRow, type UpcomingView } from '../../../../client/core/schedule/upcoming';
import { MARCH_2027, occurrence } from './fixtures';

// The host's zone must not leak in: every zone is passed explicitly.
const hostZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  process.env.TZ = hostZone;
});

const NOW = Date.parse('2027-03-01T12:00:00Z');

function rows(view: ReturnType<typeof upcomingView>): UpcomingRow[] {
  if (isScheduleError(view)) throw new Error(view.error.message);
  return view.series.flatMap((s) => s.rows);
}

describe('upcomingView: a London series seen from New York in March 2027', () => {
  const view = upcomingView(MARCH_2027, 'America/New_York', NOW);
  const list = rows(view);

  it('shows each session in the viewer’s zone with its offset, and the organiser’s time alongside', () => {
    expect(list.map((r) => [r.viewer.dateLabel, r.viewer.time, r.viewer.utcOffset])).toEqual([
      ['Tue 9 Mar', '14:00', '-05:00'],
      ['Tue 16 Mar', '15:00', '-04:00'],
      ['Tue 23 Mar', '15:00', '-04:00'],
      ['Tue 30 Mar', '14:00', '-04:00'],
      ['Tue 6 Apr', '15:00', '-04:00'],
      ['Tue 13 Apr', '14:00', '-04:00'],
    ]);
    expect(list[0]?.viewer.endTime).toBe('15:30');
    expect(list.map((r) => r.organiser && `${r.organiser.time} in ${r.organiser.place} (${r.organiser.utcOffset})`)).toEqual([
      '19:00 in London (+00:00)',
      '19:00 in London (+00:00)',
      '19:00 in London (+00:00)',
      '19:00 in London (+01:00)',
      '20:00 in London (+01:00)',
      '19:00 in London (+01:00)',
    ]);
  });

  it('marks the first session at a new local time, later or earlier and by how much', () => {
    expect(list.map((r) => r.timeChange && `${r.timeChange.amount} ${r.timeChange.direction}`)).toEqual([null, 'an hour later', null, 'an hour earlier', null, null]);
  });

  it('labels cancelled and moved sessions; a moved session says where it was, in the viewer’s zone', () => {
    expect(list.map((r) => r.cancelled)).toEqual([false, false, true, false, false, false]);
    const moved = list[4] as UpcomingRow;
    expect(moved.moved).toBe(true);
    expect(moved.movedFrom).toBe('Tue 6 Apr, 14:00');
    expect(list.filter((r) => r.movedFrom !== null)).toHaveLength(1);
  });

  it('neither a cancelled nor a moved session sets the “usual” time the next one is compared with', () => {
    // Without 30 March, the first session back at 14:00 is 13 April: compared with 16 March (15:00),
    // not with the cancelled 30 March or the moved 6 April.
    const without30 = MARCH_2027.map((o) => (o.slot === '2027-03-30T19:00' ? { ...o, cancelled: true } : o));
    const list = rows(upcomingView(without30, 'America/New_York', NOW));
    expect(list.map((r) => r.timeChange && `${r.timeChange.amount} ${r.timeChange.direction}`)).toEqual([null, 'an hour later', null, null, null, 'an hour earlier']);
    // And a cancelled session in the week of the change leaves the notice to the next one held.
    const without16 = MARCH_2027.map((o) => (o.slot === '2027-03-16T19:00' ? { ...o, cancelled: true } : o));
    expect(rows(upcomingView(without16, 'America/New_York', NOW)).map((r) => r.timeChange)).toEqual([null, null, null, null, null, null]);
  });

  it('groups by series, each in order, series by their first session', () => {
    const other = occurrence('2027-03-10T18:00', '2027-03-10T18:00:00.000Z', { seriesId: 's-other', title: 'Wednesday check-in' });
    const grouped = upcomingView([...MARCH_2027].reverse().concat(other), 'America/New_York', NOW) as UpcomingView;
    expect(grouped.series.map((s) => [s.title, s.rows.length])).toEqual([
      ['Tuesday Circle', 6],
      ['Wednesday check-in', 1],
    ]);
    expect(grouped.series[0]?.rows.map((r) => r.slot)).toEqual(MARCH_2027.map((o) => o.slot));
  });
});

describe('upcomingView in other zones', () => {
  it('leaves the organiser’s time out when it reads the same, and never flags a change in the series’ own zone', () => {
    const list = rows(upcomingView(MARCH_2027, 'Europe/London', NOW));
    expect(list.every((r) => r.organiser === null)).toBe(true);
    expect(list.map((r) => r.viewer.time)).toEqual(['19:00', '19:00', '19:00', '19:00', '20:00', '19:00']);
    expect(list.every((r) => r.timeChange === null)).toBe(true);
  });

  it('shows the organiser’s date when it differs (Kolkata is past midnight) and the year when it is not this year', () => {
    const late = occurrence('2027-12-28T21:00', '2027-12-28T21:00:00.000Z');
    const [row] = rows(upcomingView([late], 'Asia/Kolkata', NOW));
    expect(row?.viewer).toMatchObject({ dateLabel: 'Wed 29 Dec', time: '02:30', utcOffset: '+05:30' });
    expect(row?.organiser).toMatchObject({ dateLabel: 'Tue 28 Dec', time: '21:00', place: 'London' });
    const [nextYear] = rows(upcomingView([occurrence('2028-01-04T19:00', '2028-01-04T19:00:00.000Z')], 'Europe/London', NOW));
    expect(nextYear?.viewer.dateLabel).toBe('Tue 4 Jan 2028');
  });

  it('answers an unknown viewer zone with a typed error, not an exception', () => {
    const view = upcomingView(MARCH_2027, 'Mars/Olympus_Mons', NOW);
    expect(isScheduleError(view) && view.error.code).toBe('invalid_zone');
  });
});

describe('timeChange', () => {
  it('takes the shorter way round midnight and words the amount', () => {
    expect(timeChange('19:00', '20:00')).toEqual({ direction: 'later', minutes: 60, amount: 'an hour' });
    expect(timeChange('00:30', '23:30')).toEqual({ direction: 'earlier', minutes: 60, amount: 'an hour' });
    expect(timeChange('10:00', '10:30')?.amount).toBe('30 minutes');
    expect(timeChange('10:00', '10:00')).toBeNull();
  });
});
