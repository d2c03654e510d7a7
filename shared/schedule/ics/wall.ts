// ICS spellings of times, and whether a local wall time names its instant exactly (one instant
// shows it, not none in a spring-forward gap or two in a fall-back fold: ../localTime's instantsAt).
// Wall times are "wall ms" as in ../localTime: the local date and time read as if they were UTC.
import type { ICalLuxonDateTimeStub } from 'ical-generator';
import { MS_PER_MINUTE } from '../calendar';
import { instantsAt } from '../localTime';
import { offsetAt } from '../offsets';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYYMMDD' and 'HHmmss' of a wall time (UTC getters only: the host's zone never enters). */
function parts(wall: number): { date: string; time: string } {
  const d = new Date(wall);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`,
  };
}

/** RFC 5545 local DATE-TIME ('20260331T190000'), used with TZID or in VTIMEZONE. */
export function icsLocal(wall: number): string {
  const { date, time } = parts(wall);
  return `${date}T${time}`;
}

/** RFC 5545 UTC DATE-TIME ('20260331T180000Z'). */
export function icsUtc(ms: number): string {
  return `${icsLocal(ms)}Z`;
}

/** UTC offset for TZOFFSETFROM/TO: '+0545', '-0300', '+1245' (seconds only when a zone has them). */
export function icsOffset(offsetMinutes: number): string {
  const totalSeconds = Math.round(Math.abs(offsetMinutes) * 60);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hh = Math.floor(totalSeconds / 3600);
  const mm = Math.floor((totalSeconds % 3600) / 60);
  const ss = totalSeconds % 60;
  return `${sign}${pad(hh)}${pad(mm)}${ss ? pad(ss) : ''}`;
}

/** The instant as wall ms in `zone`. */
export function wallOf(zone: string, ms: number): number {
  return ms + offsetAt(zone, ms) * MS_PER_MINUTE;
}

/** Whether `ms` is the only instant showing its wall time, so TZID=zone:<wall> names it exactly. */
export function wallNamesInstant(zone: string, ms: number): boolean {
  const found = instantsAt(zone, wallOf(zone, ms));
  return found.length === 1 && found[0] === ms;
}

/**
 * A date value for ical-generator that prints exactly the given wall time with the event's
 * TZID. ical-generator formats luxon values by calling setZone(eventZone).toFormat(...); this
 * stand-in answers with our wall time unchanged, because a real DateTime cannot hold a local
 * time that does not exist (a rule's DTSTART may be one) and would normalise it.
 * `instant` is what the library uses to order start and end.
 */
export function wallStamp(wall: number, instant: number): ICalLuxonDateTimeStub {
  const { date, time } = parts(wall);
  const stamp: ICalLuxonDateTimeStub = {
    isValid: true,
    zone: { type: 'wall' },
    setZone: () => stamp,
    toFormat: (format: string) => {
      if (format === 'yyyyLLdd') return date;
      if (format === 'HHmmss') return time;
      throw new Error(`wallStamp cannot format ${format}`);
    },
    toJSDate: () => new Date(instant),
    toJSON: () => new Date(instant).toISOString(),
  };
  return stamp;
}
