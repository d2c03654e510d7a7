// Words for the facilitator panel: role names, queue positions, turn lengths.
import type { RoomRole } from '../../../shared/protocol';

export const ROOM_ROLE_LABELS: Record<RoomRole, string> = {
  organiser: 'Organiser',
  facilitator: 'Facilitator',
  co_facilitator: 'Co-facilitator',
  host: 'Host',
  member: 'Member',
};

/** 1 → "1st", 2 → "2nd", 11 → "11th", 22 → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export const TURN_MINUTES = [1, 2, 3, 5, 10] as const;

export function turnLengthLabel(ms: number): string {
  if (ms % 60_000 === 0) {
    const minutes = ms / 60_000;
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }
  return `${Math.round(ms / 1000)} seconds`;
}
