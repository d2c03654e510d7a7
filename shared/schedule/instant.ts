// UTC instants in and out, by hand: luxon's fromISO costs tens of microseconds and Date's
// toISOString about one, which dominated expanding a year of 1,000 series.
import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY, MS_PER_MINUTE } from './calendar';

/** Date and time (seconds and fraction optional), then Z or an offset ±HH, ±HHMM or ±HH:MM. */
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** An ISO 8601 instant with Z or an explicit offset -> epoch ms, or null (no local times). */
export function parseInstant(value: unknown): number | null {
  const m = typeof value === 'string' ? INSTANT_RE.exec(value) : null;
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const offset = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10] ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  if (Math.abs(offset) >= 24 * 60 || Number(m[10] ?? 0) > 59) return null;
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  return daysFromCivil(year, month, day) * MS_PER_DAY + (hour * 60 + minute - offset) * MS_PER_MINUTE + second * 1000 + fraction;
}

const p2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** The module's instant format, exactly Date#toISOString: '2026-03-31T18:00:00.000Z'. */
export function formatInstant(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  if (year < 1000 || year > 9999) return new Date(ms).toISOString();
  let rest = ms - days * MS_PER_DAY;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = Math.round(rest - second * 1000);
  return `${year}-${p2(month)}-${p2(day)}T${p2(hour)}:${p2(minute)}:${p2(second)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}
