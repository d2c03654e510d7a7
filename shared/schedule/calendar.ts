// Proleptic Gregorian date arithmetic on day numbers (days since 1970-01-01), so recurrence works
// on local calendar dates without touching any time zone, luxon, or the host's clock.
import type { Weekday } from './types';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
export const MINUTES_PER_DAY = 24 * 60;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil; exact for any year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): Weekday {
  return ((((days + 3) % 7) + 7) % 7 + 1) as Weekday;
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** Months since year 0, so "every n-th month" is plain subtraction. */
export function monthIndex(days: number): number {
  const { year, month } = civilFromDays(days);
  return year * 12 + month - 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' */
export function formatDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** 'HH:mm' for minutes since midnight. */
export function formatClock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** 'YYYY-MM-DDTHH:mm': the form of `start`, slot keys, cancellations and moves. */
export function formatLocal(days: number, minutes: number): string {
  return `${formatDate(days)}T${formatClock(minutes)}`;
}

/** '+05:45' for an offset in minutes (seconds of historical offsets are dropped). */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.floor(Math.abs(offsetMinutes));
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
