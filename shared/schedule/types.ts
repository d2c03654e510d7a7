// The scheduling contract (issue 6): series defined in local wall time in an IANA zone, their
// occurrences as UTC instants, and the typed error every function returns instead of throwing.
// Other code and tests rely on these names and shapes; add, never change.

/** ISO weekday, Monday = 1. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Repeat =
  | { freq: 'weekly'; interval?: number; weekdays?: Weekday[] } // default: weekday of `start`
  | { freq: 'monthly'; interval?: number; nthWeekday: { nth: 1 | 2 | 3 | 4 | -1; weekday: Weekday } }
  | { freq: 'monthly'; interval?: number; monthDay: number }; // months without that day are skipped

export interface Series {
  /** IANA zone the series is defined in, e.g. 'Europe/London'. */
  zone: string;
  /** First occurrence, local wall time 'YYYY-MM-DDTHH:mm' in `zone`. */
  start: string;
  durationMinutes: number;
  /** Absent: a single session. */
  repeat?: Repeat;
  /** Last local date 'YYYY-MM-DD' (inclusive), in `zone`. */
  until?: string;
  /** Total occurrences (before cancellations). */
  count?: number;
  /** Local starts 'YYYY-MM-DDTHH:mm' (in `zone`) of cancelled occurrences. */
  cancelled?: string[];
  /** Key: original local start; value: the new local start in `zone`. */
  moved?: Record<string, { start: string; durationMinutes?: number }>;
}

export interface Occurrence {
  /** UTC instant, ISO 8601 with 'Z'. */
  start: string;
  /** UTC instant. */
  end: string;
  /** The original local start in `zone` ('YYYY-MM-DDTHH:mm'): a stable key. */
  slot: string;
  moved: boolean;
}

export type ScheduleErrorCode = 'invalid_zone' | 'invalid_time' | 'invalid_rule';
export type ScheduleError = { error: { code: ScheduleErrorCode; message: string } };

export interface OccurrenceView {
  /** '2026-03-31' */
  date: string;
  /** '19:00' */
  time: string;
  weekday: Weekday;
  /** '+01:00' */
  utcOffset: string;
  /** This viewer's local wall time differs from the previous occurrence's. */
  timeChanged: boolean;
}

/** 'HH:mm' in that zone; to < from wraps past midnight. */
export interface Availability {
  zone: string;
  weekly: Array<{ weekday: Weekday; from: string; to: string }>;
}

export interface SlotSearch {
  durationMinutes: number;
  /** UTC window. */
  from: string;
  to: string;
  /** Candidate start granularity, default 30. */
  stepMinutes?: number;
  /** Default 1. */
  minAttendees?: number;
  limit?: number;
}

export interface CommonSlot {
  start: string;
  end: string;
  /** Indexes into people. */
  attendees: number[];
}

export type IcsSeries = Series & { uid: string; title: string; description?: string; url?: string };

export function isScheduleError(value: unknown): value is ScheduleError {
  return typeof value === 'object' && value !== null && 'error' in value && !Array.isArray(value);
}

export function scheduleError(code: ScheduleErrorCode, message: string): ScheduleError {
  return { error: { code, message } };
}
