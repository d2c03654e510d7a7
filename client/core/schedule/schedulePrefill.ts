// "Schedule this" from the find-a-time page: a start and length carried to the schedule page in
// its query string, so the link also works when opened in a new tab. Only the shape is checked
// here; the series form (and shared/schedule) judge whether the time itself exists.
import { localDateTimeSchema, scheduleRuleSchema, zoneSchema } from '../../../shared/api';

export interface SchedulePrefill {
  /** The IANA zone `start` is written in. */
  zone: string;
  /** Local wall time 'YYYY-MM-DDTHH:mm' in `zone`. */
  start: string;
  durationMinutes: number;
}

export function parsePrefill(search: string): SchedulePrefill | null {
  const query = new URLSearchParams(search);
  const zone = zoneSchema.safeParse(query.get('zone') ?? '');
  const start = localDateTimeSchema.safeParse(query.get('start') ?? '');
  const minutes = scheduleRuleSchema.shape.durationMinutes.safeParse(Number(query.get('minutes') ?? ''));
  if (!zone.success || !start.success || !minutes.success) return null;
  return { zone: zone.data, start: start.data, durationMinutes: minutes.data };
}

/** '/groups/<id>/schedule', with `?zone=…&start=…&minutes=…` when prefilled. */
export function schedulePath(groupId: string, prefill?: SchedulePrefill | null): string {
  const base = `/groups/${groupId}/schedule`;
  if (!prefill) return base;
  const query = new URLSearchParams({ zone: prefill.zone, start: prefill.start, minutes: String(prefill.durationMinutes) });
  return `${base}?${query.toString()}`;
}

export function findTimePath(groupId: string): string {
  return `/groups/${groupId}/find-time`;
}
