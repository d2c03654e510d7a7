// Whether a member may join the live room now: open from an occurrence's joinOpensAt until it
// ends. Counted on the server's clock (UpcomingResponse.now), so a browser whose clock is a few
// minutes off still shows the button at the moment the server will let the member in.
import { DateTime } from 'luxon';
import type { UpcomingOccurrence } from '../../../shared/api';
import { dateLabel, waitPhrase } from './format';

export type OccurrencePhase = 'upcoming' | 'open' | 'ended';

export function occurrencePhase(o: Pick<UpcomingOccurrence, 'joinOpensAt' | 'end'>, now: number): OccurrencePhase {
  if (now >= Date.parse(o.end)) return 'ended';
  return now >= Date.parse(o.joinOpensAt) ? 'open' : 'upcoming';
}

/** How far the server's clock is ahead of this browser's (ms); 0 when the server's time is unreadable. */
export function serverSkew(serverNow: string, browserNow: number): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : server - browserNow;
}

export type JoinState =
  /** No occurrences: the group has no schedule (or none in the window); the server decides. */
  | { kind: 'unscheduled' }
  | { kind: 'open'; occurrence: UpcomingOccurrence }
  | { kind: 'waiting'; occurrence: UpcomingOccurrence; msUntilOpen: number }
  /** Scheduled, but every listed session has ended or is cancelled. */
  | { kind: 'none' }
  /**
   * Outside any join window, but someone is in the live room (staff opened it early, or a session
   * runs over): the server lets members in, so the button does too. `next`: the coming session, if any.
   */
  | { kind: 'live'; next: UpcomingOccurrence | null };

/**
 * The state of the join button at `now` (server time): the first session that has not ended and is
 * not cancelled; `liveNow` (UpcomingResponse.liveNow) opens it outside the window too.
 */
export function joinState(occurrences: readonly UpcomingOccurrence[], now: number, liveNow = false): JoinState {
  const state = scheduledState(occurrences, now);
  if (!liveNow || state.kind === 'open' || state.kind === 'unscheduled') return state;
  return { kind: 'live', next: state.kind === 'waiting' ? state.occurrence : null };
}

function scheduledState(occurrences: readonly UpcomingOccurrence[], now: number): Exclude<JoinState, { kind: 'live' }> {
  if (occurrences.length === 0) return { kind: 'unscheduled' };
  const next = occurrences
    .filter((o) => !o.cancelled && occurrencePhase(o, now) !== 'ended')
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
  if (!next) return { kind: 'none' };
  if (occurrencePhase(next, now) === 'open') return { kind: 'open', occurrence: next };
  return { kind: 'waiting', occurrence: next, msUntilOpen: Date.parse(next.joinOpensAt) - now };
}

export interface OpeningTime {
  /** '18:50' in the viewer's zone. */
  time: string;
  /** null when it is today in the viewer's zone, else 'Tue 31 Mar'. */
  day: string | null;
  /** 'in 12 minutes' */
  wait: string;
}

export function openingTime(opensAt: string, now: number, zone: string): OpeningTime | null {
  const at = DateTime.fromISO(opensAt, { zone });
  const today = DateTime.fromMillis(now, { zone });
  if (!at.isValid || !today.isValid) return null;
  const sameDay = at.toISODate() === today.toISODate();
  return {
    time: at.toFormat('HH:mm'),
    day: sameDay ? null : dateLabel(at.toISODate() ?? '', today.year),
    wait: waitPhrase(at.toMillis() - now),
  };
}

/** 'Opens at 18:50 (in 12 minutes)', or 'Opens Tue 31 Mar at 18:50 (in 5 days)'. */
export function opensText(opensAt: string, now: number, zone: string): string {
  const t = openingTime(opensAt, now, zone);
  if (!t) return 'Opens shortly before the session starts';
  return `Opens ${t.day ? `${t.day} ` : ''}at ${t.time} (${t.wait})`;
}
