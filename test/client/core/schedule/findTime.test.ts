// "Find a time" in core: the search dates as a UTC window (across a clock change), the results in
// words with each person's local time, and the weekly availability draft.
import '../../../shared/schedule/pinTz';
import { describe, expect, it } from 'vitest';
import type { FindTimeResponse } from '../../../../shared/api';
import { addRow, availabilityBodyOf, availabilityDraft, removeRow, rowSummary, updateRow } from '../../../../client/core/schedule/availabilityDraft';
import { newSearchDraft, searchBody, slotViews, type SearchDraft } from '../../../../client/core/schedule/findTime';

const search = (over: Partial<SearchDraft> = {}): SearchDraft => ({ duration: '90', fromDate: '2026-03-07', toDate: '2026-03-09', minAttendees: '', ...over });

describe('searchBody', () => {
  it('sends the viewer’s days as a UTC window: midnight to midnight, whatever the clock does', () => {
    // New York springs forward on Sunday 8 March 2026: the window is 71 hours long.
    expect(searchBody(search({ minAttendees: '3' }), 'America/New_York')).toEqual({
      ok: true,
      body: { durationMinutes: 90, from: '2026-03-07T05:00:00.000Z', to: '2026-03-10T04:00:00.000Z', minAttendees: 3 },
    });
    expect(searchBody(search({ fromDate: '2026-03-09' }), 'Asia/Kolkata')).toEqual({ ok: true, body: { durationMinutes: 90, from: '2026-03-08T18:30:00.000Z', to: '2026-03-09T18:30:00.000Z' } });
  });

  it('says what is wrong with the dates and numbers', () => {
    expect(searchBody(search({ toDate: '2026-03-06' }), 'UTC')).toEqual({ ok: false, fields: { to: 'The last day is before the first day.' } });
    expect(searchBody(search({ toDate: '2026-04-07' }), 'UTC')).toEqual({ ok: false, fields: { to: 'Look at 31 days or fewer at a time.' } });
    expect(searchBody(search({ toDate: '2026-04-06' }), 'UTC').ok).toBe(true);
    expect(searchBody(search({ fromDate: '' }), 'UTC')).toEqual({ ok: false, fields: { from: 'Choose the first day to look at.' } });
    expect(searchBody(search({ duration: '', minAttendees: '0' }), 'UTC')).toEqual({ ok: false, fields: { durationMinutes: 'Enter a whole number.', minAttendees: 'Use a number of at least 1.' } });
  });

  it('starts with the next two weeks in the viewer’s zone', () => {
    expect(newSearchDraft('Pacific/Auckland', Date.parse('2026-03-30T12:00:00Z'))).toEqual({ duration: '90', fromDate: '2026-04-01', toDate: '2026-04-14', minAttendees: '' });
  });
});

describe('slotViews', () => {
  const result: FindTimeResponse = {
    people: [
      { membershipId: 'm1', pseudonym: 'Sam', zone: 'Europe/London' },
      { membershipId: 'm2', pseudonym: 'Alex', zone: 'America/New_York' },
      { membershipId: 'm3', pseudonym: 'Kim', zone: 'Asia/Kolkata' },
    ],
    slots: [
      { start: '2026-03-31T18:00:00.000Z', end: '2026-03-31T19:30:00.000Z', attendees: [0, 1] },
      { start: '2026-04-01T16:00:00.000Z', end: '2026-04-01T17:30:00.000Z', attendees: [0, 1, 2] },
    ],
  };

  it('each slot in the viewer’s zone, how many can come, and each one’s own clock', () => {
    const [first, second] = slotViews(result, 'Europe/Berlin', 90);
    expect(first).toEqual({
      start: '2026-03-31T18:00:00.000Z',
      end: '2026-03-31T19:30:00.000Z',
      when: 'Tue 31 Mar 2026, 20:00–21:30 Berlin time (UTC+02:00)',
      summary: '2 of 3 can attend',
      attendees: [
        { id: 'm1', name: 'Sam', local: 'Tue 19:00 London' },
        { id: 'm2', name: 'Alex', local: 'Tue 14:00 New York' },
      ],
      absent: ['Kim'],
      prefill: { zone: 'Europe/Berlin', start: '2026-03-31T20:00', durationMinutes: 90 },
    });
    expect(second?.summary).toBe('3 of 3 can attend');
    expect(second?.attendees.map((a) => `${a.name}: ${a.local}`)).toEqual(['Sam: Wed 17:00 London', 'Alex: Wed 12:00 New York', 'Kim: Wed 21:30 Kolkata']);
  });

  it('a slot across the viewer’s midnight names both days', () => {
    const [first] = slotViews(result, 'Asia/Tokyo', 90);
    expect(first?.when).toBe('Wed 1 Apr 2026, 03:00–04:30 Tokyo time (UTC+09:00)');
    const [late] = slotViews({ ...result, slots: [{ start: '2026-03-31T14:30:00.000Z', end: '2026-03-31T16:00:00.000Z', attendees: [2] }] }, 'Asia/Tokyo', 90);
    expect(late?.when).toBe('Tue 31 Mar 2026, 23:30 to Wed 1 Apr 2026, 01:00 Tokyo time (UTC+09:00)');
    expect(slotViews(result, 'UTC', 90)[0]?.when).toBe('Tue 31 Mar 2026, 18:00–19:30 UTC');
  });
});

describe('availability draft', () => {
  it('starts with one evening, or with what was shared', () => {
    expect(availabilityDraft(null, 'Europe/Lisbon')).toEqual({ zone: 'Europe/Lisbon', rows: [{ key: 1, weekday: 1, from: '18:00', to: '21:00' }] });
    const mine = { zone: 'Asia/Kolkata', weekly: [{ weekday: 2 as const, from: '22:00', to: '01:00' }], updatedAt: '2026-03-01T00:00:00Z' };
    expect(availabilityDraft(mine, 'Europe/Lisbon')).toEqual({ zone: 'Asia/Kolkata', rows: [{ key: 1, weekday: 2, from: '22:00', to: '01:00' }] });
  });

  it('adds the next day with the same hours, edits and removes rows by key', () => {
    let d = availabilityDraft(null, 'UTC');
    d = updateRow(d, 1, { weekday: 7, from: '09:00' });
    d = addRow(d);
    expect(d.rows).toEqual([
      { key: 1, weekday: 7, from: '09:00', to: '21:00' },
      { key: 2, weekday: 1, from: '09:00', to: '21:00' },
    ]);
    expect(removeRow(d, 1).rows.map((r) => r.key)).toEqual([2]);
  });

  it('a row past midnight is fine and says so; an empty or zero-length one is not', () => {
    expect(rowSummary({ weekday: 7, from: '22:00', to: '01:00' })).toBe('Sunday 22:00 to Monday 01:00');
    expect(rowSummary({ weekday: 2, from: '18:00', to: '21:00' })).toBe('Tuesday 18:00 to 21:00');
    const ok = availabilityBodyOf({ zone: 'Asia/Kolkata', rows: [{ key: 4, weekday: 2, from: '22:00', to: '01:00' }] });
    expect(ok).toEqual({ ok: true, body: { zone: 'Asia/Kolkata', weekly: [{ weekday: 2, from: '22:00', to: '01:00' }] } });
    expect(availabilityBodyOf({ zone: 'UTC', rows: [] })).toEqual({ ok: false, fields: { weekly: 'Add at least one time you are free, or withdraw what you shared.' } });
    expect(
      availabilityBodyOf({
        zone: 'UTC',
        rows: [
          { key: 1, weekday: 1, from: '10:00', to: '10:00' },
          { key: 2, weekday: 1, from: '', to: '12:00' },
        ],
      }),
    ).toEqual({ ok: false, fields: { 'weekly.0.to': 'The end is the same as the start.', 'weekly.1.from': 'Choose when you are free from.' } });
  });
});
