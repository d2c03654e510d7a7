// Who may speak now, as the member's own screen explains it: pure helpers over the SessionView,
// so the UI and the session's pre-checks agree (the server still decides).
import type { MediaSource, RoomRole } from '../../../shared/protocol';
import { isFacilitatingRole, type SessionView, type WaitingView } from '../../../shared/session';
import type { SessionState } from './types';

export { isFacilitatingRole };

/** The view of someone in the room (not the waiting room), or null. */
export function asSessionView(view: SessionView | WaitingView | null): SessionView | null {
  return view && 'settings' in view ? view : null;
}

/** Why turning `source` on would be refused now, in words for the member; null when it is allowed. */
export function unmuteBlock(view: SessionView | null, source: MediaSource): string | null {
  if (!view) return null;
  if (view.you.mutedBy[source]) {
    return source === 'mic'
      ? 'Muted by the facilitator. They can ask you to unmute when it is time.'
      : 'The facilitator stopped your video. They can ask you to turn it back on.';
  }
  if (source === 'mic' && view.settings.floor === 'stick' && !isFacilitatingRole(view.you.role) && view.stick?.speaker !== view.you.peerId) {
    return view.stick
      ? `${view.stick.displayName} has the talking stick. Raise your hand to speak next.`
      : 'The talking stick is on. Raise your hand to speak next.';
  }
  return null;
}

/** unmuteBlock for the session as a whole: the your-turn prompt may arrive a moment before the view
 *  that names us the speaker, so while it shows, only a facilitator mute blocks the mic. */
export function turnOnBlock(state: Pick<SessionState, 'session' | 'prompt'>, source: MediaSource): string | null {
  const view = asSessionView(state.session);
  const myTurn = source === 'mic' && state.prompt?.kind === 'your_turn';
  if (myTurn && view && !view.you.mutedBy.mic) return null;
  return unmuteBlock(view, source);
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** Milliseconds left → "mm:ss" (never negative; minutes grow past 59 rather than adding hours). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

export const ROOM_ROLE_LABELS: Record<RoomRole, string> = {
  organiser: 'Organiser',
  facilitator: 'Facilitator',
  co_facilitator: 'Co-facilitator',
  member: 'Member',
  host: 'Host',
};
