// The form's preview (client/core/schedule/seriesPreview.ts): the next sessions of a draft in the
// series' zone and the viewer's, computed by shared/schedule, and its refusals in the form's words.
import '../../../shared/schedule/pinTz';
import { describe, expect, it } from 'vitest';
import { expandSeries, isScheduleError } from '../../../../shared/schedule';
import { newDraft, withDate, type SeriesDraft } from '../../../../client/core/schedule/seriesDraft';
import { PREVIEW_COUNT, explainScheduleError, previewDraft, type Preview } from '../../../../client/core/schedule/seriesPreview';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function draft(date: string, over: Partial<SeriesDraft> = {}): SeriesDraft {
  return { ...withDate(newDraft('Europe/London', NOW), date), title: 'Evening circle', ...over };
}

function rows(preview: Preview) {
  if (preview.kind !== 'rows') throw new Error(JSON.stringify(preview));
  return preview.rows;
}

describe('previewDraft', () => {
  it('London at 19:00 every Tuesday, seen from New York across both clock changes', () => {
    // New York springs forward on 8 March 2026, London on 29 March: for three weeks the gap is 4 hours.
    const preview = rows(previewDraft(draft('2026-03-03'), 'America/New_York', NOW));
    expect(preview).toHaveLength(PREVIEW_COUNT);
    expect(preview.map((r) => `${r.inSeries.date} ${r.inSeries.time}${r.inSeries.utcOffset}`)).toEqual([
      '2026-03-03 19:00+00:00',
      '2026-03-10 19:00+00:00',
      '2026-03-17 19:00+00:00',
      '2026-03-24 19:00+00:00',
      '2026-03-31 19:00+01:00',
      '2026-04-07 19:00+01:00',
    ]);
    expect(preview.map((r) => r.inViewer.time)).toEqual(['14:00', '15:00', '15:00', '15:00', '14:00', '14:00']);
    expect(preview.map((r) => r.inViewer.timeChanged)).toEqual([false, true, false, false, true, false]);
    expect(preview.map((r) => r.start)).toContain('2026-03-31T18:00:00.000Z');
  });

  it('shows sessions from now on for a series that began earlier, and stops at its count', () => {
    const later = Date.parse('2026-03-20T12:00:00Z');
    expect(rows(previewDraft(draft('2026-03-03'), 'Europe/London', later)).map((r) => r.slot)).toEqual([
      '2026-03-24T19:00',
      '2026-03-31T19:00',
      '2026-04-07T19:00',
      '2026-04-14T19:00',
      '2026-04-21T19:00',
      '2026-04-28T19:00',
    ]);
    expect(rows(previewDraft(draft('2026-03-03', { ends: 'count', count: '3' }), 'Europe/London', NOW)).map((r) => r.slot)).toEqual(['2026-03-03T19:00', '2026-03-10T19:00', '2026-03-17T19:00']);
    expect(rows(previewDraft(draft('2026-02-03', { ends: 'count', count: '3' }), 'Europe/London', NOW))).toEqual([]);
  });

  it('finds six sessions of a sparse rule: the 31st every other month', () => {
    const sparse = rows(previewDraft(draft('2026-03-31', { repeat: 'monthly', monthlyBy: 'monthDay', interval: '2' }), 'Europe/London', NOW));
    expect(sparse.map((r) => r.slot)).toEqual(['2026-03-31T19:00', '2026-05-31T19:00', '2026-07-31T19:00', '2027-01-31T19:00', '2027-03-31T19:00', '2027-05-31T19:00']);
  });

  it('a start in the spring-forward gap is shifted by shared/schedule, not by the form', () => {
    const gap = rows(previewDraft(draft('2026-03-08', { zone: 'America/New_York', time: '02:30', repeat: 'none' }), 'Europe/London', NOW));
    expect(gap.map((r) => [r.inSeries.time, r.inSeries.utcOffset])).toEqual([['03:30', '-04:00']]);
  });

  it('is incomplete until the form is a rule', () => {
    expect(previewDraft(draft('2026-03-03', { date: '' }), 'Europe/London', NOW)).toEqual({ kind: 'incomplete' });
    expect(previewDraft(draft('2026-03-03', { duration: '' }), 'Europe/London', NOW)).toEqual({ kind: 'incomplete' });
  });
});

describe('a rule shared/schedule refuses, in the form’s words', () => {
  it('2nd Tuesday on a first date that is a Wednesday', () => {
    const d = draft('2026-04-01', { repeat: 'monthly', monthlyBy: 'nthWeekday', nth: 2, nthWeekday: 2 });
    // The verdict is shared/schedule's own...
    expect(isScheduleError(expandSeries({ zone: d.zone, start: '2026-04-01T19:00', durationMinutes: 90, repeat: { freq: 'monthly', nthWeekday: { nth: 2, weekday: 2 } } }, { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }))).toBe(true);
    // ...and the form says which part and why.
    expect(previewDraft(d, 'Europe/London', NOW)).toEqual({ kind: 'invalid', field: 'schedule.repeat', message: '2nd Tuesday does not match the first date, Wed 1 Apr 2026: that is the 1st Wednesday.' });
    expect(previewDraft({ ...d, nth: -1 }, 'Europe/London', NOW)).toMatchObject({ message: 'Last Tuesday does not match the first date, Wed 1 Apr 2026: that is the 1st Wednesday.' });
  });

  it('a day of the month, weekdays without the first date’s, and a last date before the first', () => {
    expect(previewDraft(draft('2026-04-01', { repeat: 'monthly', monthlyBy: 'monthDay', monthDay: '14' }), 'UTC', NOW)).toEqual({
      kind: 'invalid',
      field: 'schedule.repeat.monthDay',
      message: 'The 14th does not match the first date, Wed 1 Apr 2026.',
    });
    expect(previewDraft(draft('2026-04-01', { weekdays: [2, 4] }), 'UTC', NOW)).toEqual({
      kind: 'invalid',
      field: 'schedule.repeat.weekdays',
      message: 'The first date, Wed 1 Apr 2026, is a Wednesday: tick Wednesday too, or choose another first date.',
    });
    expect(previewDraft(draft('2026-04-01', { ends: 'until', until: '2026-03-01' }), 'UTC', NOW)).toEqual({
      kind: 'invalid',
      field: 'schedule.until',
      message: 'The last date is before the first session, Wed 1 Apr 2026.',
    });
    expect(previewDraft(draft('2026-04-01', { zone: 'Mars/Olympus_Mons' }), 'UTC', NOW)).toMatchObject({ kind: 'invalid', field: 'schedule.zone' });
  });

  it('anything else keeps shared/schedule’s message, as a sentence', () => {
    expect(explainScheduleError({ error: { code: 'invalid_rule', message: 'count and until cannot both be set' } }, draft('2026-04-01'))).toEqual({ field: 'schedule.repeat', message: 'Count and until cannot both be set.' });
    expect(explainScheduleError({ error: { code: 'invalid_time', message: 'start must be a real local date' } }, draft('2026-04-01'))).toEqual({ field: 'schedule.start', message: 'Start must be a real local date.' });
  });
});
