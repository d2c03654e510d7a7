// What the schedule and "find a time" pages show, fetched in parallel: the group (for the caller's
// role), its series and upcoming sessions, or the caller's own shared availability.
import type { AvailabilityView, MyGroupView, SeriesView, UpcomingOccurrence, UpcomingResponse } from '../../../shared/api';
import type { ApiClient } from '../api/client';

export interface ScheduleData {
  group: MyGroupView;
  series: SeriesView[];
  upcoming: UpcomingResponse;
}

export async function loadSchedule(api: ApiClient, groupId: string): Promise<ScheduleData> {
  const params = { groupId };
  const [group, list, upcoming] = await Promise.all([api.call('getGroup', { params }), api.call('listSeries', { params }), api.call('upcoming', { params })]);
  return { group, series: list.series, upcoming };
}

/** One series' next sessions (cancelled ones included, marked), soonest first. */
export function upcomingOf(upcoming: UpcomingResponse, seriesId: string): UpcomingOccurrence[] {
  return upcoming.occurrences.filter((o) => o.seriesId === seriesId).sort((a, b) => a.start.localeCompare(b.start));
}

export interface FindTimeData {
  group: MyGroupView;
  mine: AvailabilityView | null;
}

export async function loadFindTime(api: ApiClient, groupId: string): Promise<FindTimeData> {
  const params = { groupId };
  const [group, availability] = await Promise.all([api.call('getGroup', { params }), api.call('getAvailability', { params })]);
  return { group, mine: availability.mine };
}
