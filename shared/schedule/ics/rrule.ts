// RRULE for a series' repeat rule, and where it ends. Our semantics match RFC 5545 directly:
// weeks start on Monday (WKST=MO), BYMONTHDAY=31 skips shorter months without counting them,
// COUNT counts instances before EXDATE removes the cancelled ones.
import { MS_PER_DAY, MS_PER_MINUTE } from '../calendar';
import { firstInstantAtOrAfterWall, offsetsAround } from '../localTime';
import type { Rule, ValidSeries } from '../recurrence';
import { LAST_SUPPORTED_DAY, ruleDays } from '../recurrence';
import { icsUtc } from './wall';
import { weekdayCode } from './yearlyRule';

/** FREQ/INTERVAL/BY* of a repeating rule (null for a single session). */
export function ruleParts(rule: Rule): string | null {
  if (rule.kind === 'once') return null;
  const interval = rule.interval > 1 ? `;INTERVAL=${rule.interval}` : '';
  switch (rule.kind) {
    case 'weekly':
      return `FREQ=WEEKLY${interval};BYDAY=${rule.weekdays.map(weekdayCode).join(',')};WKST=MO`;
    case 'monthlyNth':
      return `FREQ=MONTHLY${interval};BYDAY=${rule.nth}${weekdayCode(rule.weekday)}`;
    case 'monthlyDay':
      return `FREQ=MONTHLY${interval};BYMONTHDAY=${rule.monthDay}`;
  }
}

/** The first generated day after `day`, or null when the rule has none. */
function nextRuleDay(series: ValidSeries, day: number): number | null {
  for (const next of ruleDays(series.rule, series.startDay, LAST_SUPPORTED_DAY, day + 1)) {
    if (next > day) return next;
  }
  return null;
}

/** The earliest instant any app could give a wall time: read with the higher offset around it. */
function earliestReading(zone: string, wall: number): number {
  const { before, after } = offsetsAround(zone, wall);
  return wall - Math.max(before, after) * MS_PER_MINUTE;
}

/**
 * UNTIL (UTC, inclusive) for a series whose last generated slot is on local day `lastDay`: the
 * last second of that local date, so an app with slightly different tz data still keeps the
 * last instance, but before any reading of the next slot the rule alone would make (an app that
 * reads a gap time an hour early could otherwise keep it, in zones that change at midnight).
 */
export function untilFor(series: ValidSeries, lastDay: number): string {
  let until = firstInstantAtOrAfterWall(series.zone, (lastDay + 1) * MS_PER_DAY) - 1000;
  const next = nextRuleDay(series, lastDay);
  if (next !== null) until = Math.min(until, earliestReading(series.zone, next * MS_PER_DAY + series.startMinutes * MS_PER_MINUTE) - 1000);
  return icsUtc(Math.floor(until / 1000) * 1000);
}
