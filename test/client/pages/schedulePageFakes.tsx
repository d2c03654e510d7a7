// The fake REST server the schedule page tests share: one London series seen from New York, its
// next sessions (one cancelled, one moved), and no breakout plans unless a test says so.
import { act, fireEvent, within } from '@testing-library/react';
import type { SeriesView, UpcomingOccurrence, UpcomingResponse } from '../../../shared/api';
import type { Series } from '../../../shared/schedule';
import { GROUP_ID, json, me, myGroup, NOW } from '../apiFakes';

export const G = `/api/groups/${GROUP_ID}`;

export const weekly: Series = { zone: 'Europe/London', start: '2025-11-04T19:00', durationMinutes: 90, repeat: { freq: 'weekly' } };

export function seriesView(over: Partial<SeriesView> = {}): SeriesView {
  return { id: 's1', groupId: GROUP_ID, title: 'Evening circle', description: 'Bring tea.', schedule: weekly, endedAt: null, createdAt: '2025-11-01T10:00:00Z', updatedAt: '2025-11-01T10:00:00Z', ...over };
}

export function occurrence(slot: string, start: string, over: Partial<UpcomingOccurrence> = {}): UpcomingOccurrence {
  const end = new Date(Date.parse(start) + 90 * 60_000).toISOString();
  return { seriesId: 's1', title: 'Evening circle', zone: 'Europe/London', slot, start, end, moved: false, cancelled: false, joinOpensAt: start, ...over };
}

export const UPCOMING: UpcomingResponse = {
  occurrences: [
    occurrence('2025-12-02T19:00', '2025-12-02T19:00:00.000Z'),
    occurrence('2025-12-09T19:00', '2025-12-09T19:00:00.000Z', { cancelled: true }),
    occurrence('2025-12-16T19:00', '2025-12-17T18:30:00.000Z', { moved: true }),
  ],
  joinEarlyMinutes: 10,
  now: new Date(NOW).toISOString(),
  liveNow: false,
};

/** Where one session's planned breakouts live. */
export const planPath = (slot: string): string => `${G}/series/s1/occurrences/${encodeURIComponent(slot)}/breakout-plan`;

export function server(role: Parameters<typeof myGroup>[0], list: SeriesView[], extra: Record<string, Response | (() => Response)> = {}) {
  // Staff pages ask once which sessions have breakouts planned: none, unless `extra` says.
  const noPlans = { [`GET ${G}/breakout-plans`]: () => json(200, { plans: [] }) };
  return {
    'GET /api/me': json(200, me()),
    [`GET ${G}`]: json(200, myGroup(role)),
    [`GET ${G}/series`]: () => json(200, { series: list }),
    [`GET ${G}/upcoming`]: () => json(200, list.length > 0 ? UPCOMING : { ...UPCOMING, occurrences: [] }),
    ...(role !== 'member' ? noPlans : {}),
    ...extra,
  };
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

export function change(label: string | RegExp, value: string, within_: HTMLElement = document.body): void {
  fireEvent.change(within(within_).getByLabelText(label), { target: { value } });
}
