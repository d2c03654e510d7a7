// Local wall time <-> instants in IANA zones, with one explicit policy for clock changes:
// a local time inside a spring-forward gap moves forward by the length of the gap, and an
// ambiguous local time (fall-back) takes the earlier instant. Also the strict parsers for the
// module's string formats. Wall times are carried as "wall ms": the local date and time read as
// if it were UTC, so day arithmetic never consults the host's zone.
import { DateTime, IANAZone } from 'luxon';
import { daysFromCivil, daysInMonth, MINUTES_PER_DAY, MS_PER_DAY, MS_PER_MINUTE } from './calendar';
import { MAX_YEAR, MIN_YEAR } from './limits';
import { offsetAt } from './offsets';
import type { ScheduleError } from './types';
import { scheduleError } from './types';

/** A local date (day number) and a time of day (minutes since midnight). */
export interface LocalDateTime {
  day: number;
  minutes: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const CLOCK_RE = /^(\d{2}):(\d{2})$/;

function dayOf(y: string, m: string, d: string): number | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

function clockOf(h: string, m: string): number | null {
  const hours = Number(h);
  const minutes = Number(m);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}

/** 'YYYY-MM-DD' -> day number, or null when malformed, impossible or out of range. */
export function parseLocalDate(value: unknown): number | null {
  const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
  return m ? dayOf(m[1]!, m[2]!, m[3]!) : null;
}

/** 'YYYY-MM-DDTHH:mm' -> local date and time, or null (2026-02-30, 24:00 and 19:60 are null). */
export function parseLocalDateTime(value: unknown): LocalDateTime | null {
  const m = typeof value === 'string' ? DATE_TIME_RE.exec(value) : null;
  if (!m) return null;
  const day = dayOf(m[1]!, m[2]!, m[3]!);
  const minutes = clockOf(m[4]!, m[5]!);
  return day === null || minutes === null ? null : { day, minutes };
}

/** 'HH:mm' -> minutes since midnight; '24:00' (end of day) only when `endOfDay` is allowed. */
export function parseClock(value: unknown, endOfDay = false): number | null {
  if (endOfDay && value === '24:00') return MINUTES_PER_DAY;
  const m = typeof value === 'string' ? CLOCK_RE.exec(value) : null;
  return m ? clockOf(m[1]!, m[2]!) : null;
}

/** Zone names already judged: luxon builds an Intl formatter per check, which costs ~0.5 ms. */
const zoneVerdicts = new Map<string, boolean>();
const MAX_ZONE_VERDICTS = 1000;

/** IANA zone names only: not '', not offsets such as '+02:00', not 'local' or 'system'. */
export function isValidZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone) || /^(local|system)$/i.test(zone)) return false;
  let verdict = zoneVerdicts.get(zone);
  if (verdict === undefined) {
    verdict = IANAZone.isValidZone(zone);
    if (zoneVerdicts.size >= MAX_ZONE_VERDICTS) zoneVerdicts.clear();
    zoneVerdicts.set(zone, verdict);
  }
  return verdict;
}

export function wallMs(local: LocalDateTime): number {
  return local.day * MS_PER_DAY + local.minutes * MS_PER_MINUTE;
}

/** The offsets in force just before and just after a wall time (at most one change is near). */
export function offsetsAround(zone: string, wall: number): { before: number; after: number } {
  return { before: offsetAt(zone, wall - MS_PER_DAY), after: offsetAt(zone, wall + MS_PER_DAY) };
}

/**
 * Every instant whose wall time in `zone` is `wall`, ascending: one, none (gap) or two (fold).
 * The instants t with t + offset(t) = wall are found by trying both offsets in force around it.
 */
export function instantsAt(zone: string, wall: number): number[] {
  const { before, after } = offsetsAround(zone, wall);
  const found: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const ms = wall - offset * MS_PER_MINUTE;
    if (offsetAt(zone, ms) === offset) found.push(ms);
  }
  return found.sort((a, b) => a - b);
}

/**
 * The instant of a wall time in a zone: the earlier one in a fold; in a gap, the offset from
 * before the change moves the time forward by exactly the gap's length.
 */
export function wallToInstant(zone: string, wall: number): { ms: number; shifted: boolean } {
  const found = instantsAt(zone, wall);
  if (found.length > 0) return { ms: found[0]!, shifted: false };
  return { ms: wall - offsetsAround(zone, wall).before * MS_PER_MINUTE, shifted: true };
}

/**
 * The first instant at which the zone's clock shows `wall` or later: the earlier instant in a
 * fold, the moment of the change in a gap. Availability windows use it for their edges, so a
 * window that opens inside a gap opens when the clock jumps, not the gap's length later.
 */
export function firstInstantAtOrAfterWall(zone: string, wall: number): number {
  const found = wallToInstant(zone, wall);
  if (!found.shifted) return found.ms;
  const { before, after } = offsetsAround(zone, wall);
  // The change lies in (wall - after, wall - before]: the offset there is `before`, then `after`.
  let lo = wall - after * MS_PER_MINUTE;
  let hi = wall - before * MS_PER_MINUTE;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Local wall time 'YYYY-MM-DDTHH:mm' in `zone` -> its instant under the gap/fold policy above.
 * `shifted` says the local time does not exist (it fell into a gap) and was moved forward.
 */
export function localToInstant(local: string, zone: string): { instant: DateTime; shifted: boolean } | ScheduleError {
  if (!isValidZone(zone)) return scheduleError('invalid_zone', 'the time zone must be an IANA name such as Europe/London');
  const parsed = parseLocalDateTime(local);
  if (!parsed) return scheduleError('invalid_time', 'a local time must be a real date and time YYYY-MM-DDTHH:mm');
  const { ms, shifted } = wallToInstant(zone, wallMs(parsed));
  return { instant: DateTime.fromMillis(ms, { zone }), shifted };
}
