// What a moved session's new start means, said under the time field: the series' own clock, the
// viewer's clock when they are elsewhere (with the date when it differs), and what happens to a
// time the clocks skip that day (it starts later by the gap, as every schedule here does).
import { isScheduleError, localToInstant } from '../../../shared/schedule';
import { dateLabel } from './format';
import { clockIn } from './seriesText';
import { zoneCity } from './zones';

export function moveStartHint(date: string, time: string, zone: string, viewerZone: string): string {
  if (!/^\d{2}:\d{2}$/.test(time)) return `In ${zone} time.`;
  const own = `${clockIn(time, zone)} (${zone})`;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(date) ? localToInstant(`${date}T${time}`, zone) : null;
  if (!at || isScheduleError(at)) return own;
  const startsAt = at.instant.toFormat('HH:mm');
  const here = at.shifted ? `${time} does not exist in ${zoneCity(zone)} that day (the clocks go forward): it starts at ${clockIn(startsAt, zone)} (${zone})` : own;
  if (viewerZone === zone) return here;
  const mine = at.instant.setZone(viewerZone);
  if (!mine.isValid) return here;
  const myDate = mine.toISODate() ?? '';
  const day = myDate === at.instant.toISODate() ? '' : `${dateLabel(myDate, mine.year)}, `;
  return `${here}; ${day}${mine.toFormat('HH:mm')} your time (${viewerZone})`;
}
