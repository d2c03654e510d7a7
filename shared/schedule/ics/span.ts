// How far a series reaches, for the parts of the file that must be finite: the VTIMEZONE's
// listed changes and the pinned (gap or fold) slots. A series with no end, or one ending later
// than HORIZON_YEARS past the later of its start and now, is written up to that horizon: long
// enough to recognise its zone's yearly rules (tz data repeats its final rules forever), which
// then carry on beyond, as does the RRULE; only pins stop there (subscribed feeds are fetched
// again long before). The cap also keeps `until: '2999-12-31'` from scanning ten centuries.
import { civilFromDays, daysFromCivil, MS_PER_DAY, MS_PER_MINUTE } from '../calendar';
import { MAX_OFFSET_MS } from '../limits';
import { offsetAt } from '../offsets';
import type { ValidSeries } from '../recurrence';
import { LAST_SUPPORTED_DAY } from '../recurrence';
import type { ZoneSpan } from './vtimezone';

export const HORIZON_YEARS = 12;

export interface SeriesReach {
  /** Last local day whose slots are written out one by one (pins): the rule's end or the horizon. */
  lastDay: number;
  /** Every generated slot is on or before lastDay. */
  complete: boolean;
  /** The rule has no end (no until, no count). */
  endless: boolean;
  /**
   * Instants the series' times fall in, for its zone's VTIMEZONE: from 1 January of the year
   * before it starts, to its end or the horizon (open, so yearly rules describe what follows).
   * A moved session before `from` is written in UTC rather than scanning the zone's history.
   */
  zoneSpan: ZoneSpan;
}

export function seriesReach(series: ValidSeries, now: number): SeriesReach {
  const once = series.rule.kind === 'once';
  const startYear = civilFromDays(series.startDay).year;
  const horizonDay = daysFromCivil(Math.max(startYear, new Date(now).getUTCFullYear()) + HORIZON_YEARS, 12, 31);
  const ruleEnd = once ? series.startDay : series.lastDay; // LAST_SUPPORTED_DAY when endless
  const movedDays = [...series.moved.values()].map((m) => m.day);
  const latest = Math.max(ruleEnd, ...movedDays);
  const firstYear = Math.max(civilFromDays(Math.min(series.startDay, ...movedDays) - 1).year, startYear - 1);
  // Local midnight on 1 January, for a tidy first observance.
  const newYear = Date.UTC(firstYear, 0, 1);
  const from = newYear - offsetAt(series.zone, newYear) * MS_PER_MINUTE;
  // A session lasts at most a day, hence the two days' margin.
  const to = (Math.min(latest, horizonDay) + 2) * MS_PER_DAY + MAX_OFFSET_MS;
  return {
    lastDay: Math.min(ruleEnd, horizonDay),
    complete: ruleEnd <= horizonDay,
    endless: !once && series.lastDay >= LAST_SUPPORTED_DAY,
    zoneSpan: { from, to, open: latest > horizonDay },
  };
}

/** The union of two spans of one zone. */
export function mergeSpans(a: ZoneSpan | undefined, b: ZoneSpan): ZoneSpan {
  if (!a) return b;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to), open: a.open || b.open };
}
