// Upcoming occurrences as the server sends them, for the schedule's client tests.
import type { UpcomingOccurrence, UpcomingResponse } from '../../../../shared/api';

export const SERIES_ID = 's-tuesday';

/** A London series occurrence: `slot` is the local start in London, `start` the UTC instant. */
export function occurrence(slot: string, start: string, over: Partial<UpcomingOccurrence> = {}): UpcomingOccurrence {
  const startMs = Date.parse(start);
  return {
    seriesId: SERIES_ID,
    title: 'Tuesday Circle',
    zone: 'Europe/London',
    slot,
    start,
    end: new Date(startMs + 90 * 60_000).toISOString(),
    moved: false,
    cancelled: false,
    joinOpensAt: new Date(startMs - 10 * 60_000).toISOString(),
    ...over,
  };
}

/**
 * Every Tuesday 19:00 in London, March-April 2027. New York moves its clocks on 14 March, London
 * on 28 March: seen from New York the session is at 14:00, then 15:00 for two weeks, then 14:00
 * again. The 23 March session is cancelled; the 6 April one moved to 20:00 London time.
 */
export const MARCH_2027: UpcomingOccurrence[] = [
  occurrence('2027-03-09T19:00', '2027-03-09T19:00:00.000Z'),
  occurrence('2027-03-16T19:00', '2027-03-16T19:00:00.000Z'),
  occurrence('2027-03-23T19:00', '2027-03-23T19:00:00.000Z', { cancelled: true }),
  occurrence('2027-03-30T19:00', '2027-03-30T18:00:00.000Z'),
  occurrence('2027-04-06T19:00', '2027-04-06T19:00:00.000Z', { moved: true }),
  occurrence('2027-04-13T19:00', '2027-04-13T18:00:00.000Z'),
];

export function upcomingResponse(occurrences: UpcomingOccurrence[], now: string, liveNow = false): UpcomingResponse {
  return { occurrences, joinEarlyMinutes: 10, now, liveNow };
}
