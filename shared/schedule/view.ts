// Occurrences as a viewer in another zone sees them, flagging the weeks when that viewer's wall
// time moves because the series' zone and the viewer's zone change clocks on different dates.
import { formatClock, formatDate, formatOffset, isoWeekday, MS_PER_DAY, MS_PER_MINUTE } from './calendar';
import { parseInstant } from './instant';
import { isValidZone } from './localTime';
import { offsetAt } from './offsets';
import type { Occurrence, OccurrenceView, ScheduleError } from './types';
import { scheduleError } from './types';

export function viewIn(occurrences: Occurrence[], zone: string): OccurrenceView[] | ScheduleError {
  if (!isValidZone(zone)) return scheduleError('invalid_zone', 'the viewer zone must be an IANA time zone such as America/New_York');
  if (!Array.isArray(occurrences)) return scheduleError('invalid_time', 'occurrences must be a list');
  const views: OccurrenceView[] = [];
  let previousTime: string | null = null;
  for (const occurrence of occurrences as unknown[]) {
    const start = typeof occurrence === 'object' && occurrence !== null ? parseInstant((occurrence as { start?: unknown }).start) : null;
    if (start === null) return scheduleError('invalid_time', 'each occurrence needs a start: an ISO 8601 instant');
    const offset = offsetAt(zone, start);
    const wall = start + offset * MS_PER_MINUTE;
    const day = Math.floor(wall / MS_PER_DAY);
    const time = formatClock(Math.floor((wall - day * MS_PER_DAY) / MS_PER_MINUTE));
    views.push({ date: formatDate(day), time, weekday: isoWeekday(day), utcOffset: formatOffset(offset), timeChanged: previousTime !== null && time !== previousTime });
    previousTime = time;
  }
  return views;
}
