// What a rule will do before it is saved: its next few sessions in the series' zone and in the
// viewer's own, computed with the same shared/schedule the server uses; or why shared/schedule
// refuses the rule, said in the form's words and placed at the field it concerns.
import { DateTime } from 'luxon';
import { expandSeries, isScheduleError, viewIn, type OccurrenceView, type ScheduleError, type Series } from '../../../shared/schedule';
import { sentence } from '../api/apiError';
import { draftToRule, nthWeekdayOf, weekdayOf, type SeriesDraft } from './seriesDraft';
import { NTH_LABELS, WEEKDAY_NAMES, dateLabel, ordinal } from './seriesText';

/** Enough to see the rhythm and a clock change or two; the series list shows the rest. */
export const PREVIEW_COUNT = 6;

export interface PreviewRow {
  /** The stable key: the original local start in the series' zone. */
  slot: string;
  start: string;
  inSeries: OccurrenceView;
  inViewer: OccurrenceView;
}

export type Preview =
  /** The form is not filled in far enough to have a rule (no date, a length that is not a number). */
  | { kind: 'incomplete' }
  | { kind: 'invalid'; field: string; message: string }
  | { kind: 'rows'; rows: PreviewRow[] };

/**
 * How far ahead to look for PREVIEW_COUNT sessions: each one is at most `interval` weeks apart,
 * or, for a day of the month that some months lack, about two months per interval.
 */
function lookahead(series: Series): { months: number } {
  const repeat = series.repeat;
  if (!repeat) return { months: 1 };
  const interval = repeat.interval ?? 1;
  if (repeat.freq === 'weekly') return { months: Math.ceil((interval * 7 * (PREVIEW_COUNT + 1)) / 28) };
  return { months: interval * 2 * (PREVIEW_COUNT + 1) };
}

/** The next PREVIEW_COUNT sessions from now (or from the first one, if it is later), or shared/schedule's refusal. */
export function previewSeries(series: Series, viewerZone: string, now: number): { rows: PreviewRow[] } | ScheduleError {
  // A day before the first start: a gap or overlap on that day cannot push it out of the window.
  const first = DateTime.fromISO(series.start, { zone: series.zone }).minus({ days: 1 });
  const from = DateTime.fromMillis(Math.max(now, first.isValid ? first.toMillis() : now), { zone: 'UTC' }).startOf('minute');
  const occurrences = expandSeries(series, { from: from.toISO() ?? '', to: from.plus(lookahead(series)).toISO() ?? '' });
  if (isScheduleError(occurrences)) return occurrences;
  const next = occurrences.slice(0, PREVIEW_COUNT);
  const inSeries = viewIn(next, series.zone);
  if (isScheduleError(inSeries)) return inSeries;
  // The viewer's zone comes from this browser; if it cannot be read, their column repeats the series'.
  const inViewer = viewIn(next, viewerZone);
  const viewer = isScheduleError(inViewer) ? inSeries : inViewer;
  return { rows: next.map((o, i) => ({ slot: o.slot, start: o.start, inSeries: inSeries[i] as OccurrenceView, inViewer: viewer[i] as OccurrenceView })) };
}

/**
 * shared/schedule's verdict in the form's terms: which field, and what to change there. Its own
 * message (written for developers) is the fallback for anything not recognised here.
 */
export function explainScheduleError(error: ScheduleError, draft: SeriesDraft): { field: string; message: string } {
  const { code, message } = error.error;
  const first = dateLabel(draft.date);
  if (code === 'invalid_zone') return { field: 'schedule.zone', message: 'Choose a time zone from the list, such as Europe/London.' };
  if (code === 'invalid_time') return { field: /until/.test(message) ? 'schedule.until' : 'schedule.start', message: sentence(message) };
  if (/until/.test(message) && draft.ends === 'until') return { field: 'schedule.until', message: `The last date is before the first session, ${first}.` };
  if (/weekday/.test(message) && draft.repeat === 'weekly') {
    const day = weekdayOf(draft.date);
    if (day && !draft.weekdays.includes(day)) {
      return { field: 'schedule.repeat.weekdays', message: `The first date, ${first}, is a ${WEEKDAY_NAMES[day]}: tick ${WEEKDAY_NAMES[day]} too, or choose another first date.` };
    }
  }
  if (/monthly/.test(message) && draft.repeat === 'monthly') {
    if (draft.monthlyBy === 'monthDay') {
      return { field: 'schedule.repeat.monthDay', message: `The ${ordinal(Number(draft.monthDay))} does not match the first date, ${first}.` };
    }
    const actual = nthWeekdayOf(draft.date);
    const is = actual ? `: that is the ${NTH_LABELS[actual.nth]} ${WEEKDAY_NAMES[actual.weekday]}` : '';
    const chosen = `${NTH_LABELS[draft.nth]} ${WEEKDAY_NAMES[draft.nthWeekday]}`;
    return { field: 'schedule.repeat', message: `${chosen.charAt(0).toUpperCase()}${chosen.slice(1)} does not match the first date, ${first}${is}.` };
  }
  return { field: /duration/.test(message) ? 'schedule.durationMinutes' : 'schedule.repeat', message: sentence(message) };
}

/** The preview of what the form says now. */
export function previewDraft(draft: SeriesDraft, viewerZone: string, now: number): Preview {
  const rule = draftToRule(draft);
  if (!rule.ok) return { kind: 'incomplete' };
  const preview = previewSeries(rule.rule, viewerZone, now);
  if (isScheduleError(preview)) return { kind: 'invalid', ...explainScheduleError(preview, draft) };
  return { kind: 'rows', rows: preview.rows };
}
