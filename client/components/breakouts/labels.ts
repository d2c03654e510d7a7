// Words and choices for the breakout planner and overview: durations, closing warnings, extending.
import { MAIN, MAIN_ROOM_NAME } from '../../core/session/breakouts';
import { DEFAULT_BREAKOUT_WARNING_MS, MAX_BREAKOUT_ROOMS, MAX_BROADCAST, MAX_ROOM_NAME, MAX_ROOM_TOPIC } from '../../../shared/session';

export { MAIN, MAIN_ROOM_NAME, MAX_BROADCAST, MAX_ROOM_NAME, MAX_ROOM_TOPIC };

export const DURATION_MINUTES = [5, 10, 15, 20, 30, 45, 60, 90, 120] as const;
export const WARNING_MS = [0, 30_000, 60_000, 120_000, 300_000] as const;
export const DEFAULT_WARNING_MS = DEFAULT_BREAKOUT_WARNING_MS;
export const EXTEND_MS = 5 * 60_000;
export const MAX_ROOMS = MAX_BREAKOUT_ROOMS;

/** "No time limit", "1 minute", "15 minutes", "30 seconds". */
export function durationLabel(ms: number | null): string {
  if (ms === null) return 'No time limit';
  if (ms === 0) return 'No warning';
  if (ms % 60_000 !== 0) return `${Math.round(ms / 1000)} seconds`;
  const minutes = ms / 60_000;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export const peopleCount = (n: number): string => (n === 1 ? '1 person' : `${n} people`);
