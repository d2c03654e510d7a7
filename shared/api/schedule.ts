// The REST contract of scheduling (issue 6): request bodies as zod schemas and the answers' types.
// Bodies are checked for shape here; shared/schedule then judges the rule itself (zones, gaps,
// contradictions) and its ScheduleError becomes an invalid_payload with `fields.schedule`.
import { z } from 'zod';
import type { Availability, CommonSlot, Series } from '../schedule';
import { MAX_DURATION_MINUTES } from '../schedule/limits';

const weekdaySchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]);
const intervalSchema = z.number().int().min(1, 'repeat at least every 1').max(52, 'repeat at most every 52').optional();
/** Shapes only: luxon decides what a valid zone, date and time is (shared/schedule). */
export const zoneSchema = z.string().trim().min(1, 'choose a time zone').max(64);
export const localDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a local date and time is YYYY-MM-DDTHH:mm');
export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
export const clockTimeSchema = z.string().regex(/^\d{2}:\d{2}$/, 'a time is HH:mm');
export const instantSchema = z.iso.datetime({ offset: true, message: 'an instant is ISO 8601 with Z or an offset' });

export const repeatSchema = z.union([
  z.object({ freq: z.literal('weekly'), interval: intervalSchema, weekdays: z.array(weekdaySchema).min(1).max(7).optional() }).strict(),
  z
    .object({
      freq: z.literal('monthly'),
      interval: intervalSchema,
      nthWeekday: z.object({ nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]), weekday: weekdaySchema }).strict(),
    })
    .strict(),
  z.object({ freq: z.literal('monthly'), interval: intervalSchema, monthDay: z.number().int().min(1).max(31) }).strict(),
]);

/** The rule an organiser writes: a Series without its cancellations and moves (those have their own routes). */
export const scheduleRuleSchema = z
  .object({
    zone: zoneSchema,
    start: localDateTimeSchema,
    durationMinutes: z.number().int().min(5, 'a session lasts at least 5 minutes').max(MAX_DURATION_MINUTES, 'a session lasts at most 24 hours'),
    repeat: repeatSchema.optional(),
    until: localDateSchema.optional(),
    count: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type ScheduleRule = z.infer<typeof scheduleRuleSchema>;

export const seriesBody = z
  .object({
    title: z.string().trim().min(2, 'a title has at least 2 characters').max(80),
    description: z.string().trim().max(2000).default(''),
    schedule: scheduleRuleSchema,
  })
  .strict();
export const seriesPatchBody = z
  .object({ title: seriesBody.shape.title, description: z.string().trim().max(2000), schedule: scheduleRuleSchema })
  .partial()
  .strict();

/** Move one occurrence to another local start (in the series' zone), optionally with another length. */
export const moveOccurrenceBody = z
  .object({ start: localDateTimeSchema, durationMinutes: scheduleRuleSchema.shape.durationMinutes.optional() })
  .strict();

/** A member's weekly availability, in their own zone, shared with the group's organisers and facilitators. */
export const availabilityBody = z
  .object({
    zone: zoneSchema,
    weekly: z.array(z.object({ weekday: weekdaySchema, from: clockTimeSchema, to: clockTimeSchema.or(z.literal('24:00')) }).strict()).max(50),
  })
  .strict();

/** "Find a time": at most 31 days, the UTC window the organiser looks at. */
export const findTimeBody = z
  .object({
    durationMinutes: scheduleRuleSchema.shape.durationMinutes,
    from: instantSchema,
    to: instantSchema,
    stepMinutes: z.number().int().min(5).max(240).optional(),
    minAttendees: z.number().int().min(1).max(1000).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict();

// ---- answers ---------------------------------------------------------------------------------

export interface SeriesView {
  id: string;
  groupId: string;
  title: string;
  description: string;
  /** The whole series: rule, cancellations and moves. */
  schedule: Series;
  /** Set when a facilitator ended the series (its `until` was cut back to that moment). */
  endedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SeriesListResponse {
  series: SeriesView[];
}

/** One upcoming occurrence of any of the group's series (UTC instants; clients show them in any zone with shared/schedule's viewIn). */
export interface UpcomingOccurrence {
  seriesId: string;
  title: string;
  /** The series' zone: the organiser's time is shown alongside the viewer's. */
  zone: string;
  slot: string;
  start: string;
  end: string;
  moved: boolean;
  cancelled: boolean;
  /** When the join button becomes active (start minus the join lead time). */
  joinOpensAt: string;
}

export interface UpcomingResponse {
  occurrences: UpcomingOccurrence[];
  /** Minutes before start that joining opens (server configuration). */
  joinEarlyMinutes: number;
  /** The server's clock, so a browser with a wrong clock still counts down right. */
  now: string;
  /** Someone is in the group's live room now (staff opened it early, or a session runs over): members may join. */
  liveNow: boolean;
}

export interface CalendarFeedView {
  /** Private: anyone with it reads the group's calendar. */
  url: string;
  createdAt: string;
}

export interface CalendarFeedResponse {
  feed: CalendarFeedView | null;
}

export interface AvailabilityView extends Availability {
  updatedAt: string;
}

export interface AvailabilityResponse {
  mine: AvailabilityView | null;
}

export interface FindTimeResponse {
  /** Everyone who shared availability; `attendees` of each slot index into this list. */
  people: Array<{ membershipId: string; pseudonym: string; zone: string }>;
  slots: CommonSlot[];
}

/** A calendar file answer (text/calendar), not JSON: downloads and subscription feeds. */
export interface CalendarFile {
  filename: string;
  ics: string;
}

/** The occurrence a join token belongs to (null for groups without a schedule). */
export interface OccurrenceRef {
  seriesId: string;
  slot: string;
  title: string;
  start: string;
  end: string;
}
