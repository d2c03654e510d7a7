// Breakout rooms as the member's screen words them: the names of spaces, what a move or a notice
// says, and the countdown's closing warning. Pure helpers, shared by the core and the components.
import { MAIN, MAIN_ROOM_NAME, type BreakoutsOverview } from '../../../shared/session';

export { MAIN, MAIN_ROOM_NAME };

/** The name of a space ('main' or a breakout id) if we know it: facilitators have the overview. */
export function spaceName(space: string, overview: BreakoutsOverview | null): string {
  if (space === MAIN) return MAIN_ROOM_NAME;
  return overview?.rooms.find((r) => r.id === space)?.name ?? '';
}

/** "Moving to Circle 2…", calm and short; before we know the name, just "Moving…". */
export function movingText(name: string): string {
  if (name === MAIN_ROOM_NAME) return 'Moving back to the main room…';
  return name ? `Moving to ${name}…` : 'Moving to your breakout room…';
}

export function movedText(to: string, name: string): string {
  return to === MAIN ? 'A facilitator brought you back to the main room.' : `A facilitator moved you to ${name}.`;
}

export const CLOSED_TEXT = 'The breakouts are over. Welcome back to the main room.';

export const broadcastText = (from: string, message: string): string => `From ${from}: ${message}`;

export const helpText = (room: string): string => `${room} asked for help`;

export const goToLabel = (room: string): string => `Go to ${room}`;

/** "about 1 minute" / "about 3 minutes" / "less than a minute", for the closing warning. */
export function minutesLeft(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
}
