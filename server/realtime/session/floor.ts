// May this participant's producer run now? Asked by the media handlers: the session decides (muted
// by the facilitator, the talking stick with someone else), the same rule as the reducer's self-unmute.
import type { MediaSource } from '../../../shared/protocol';
import { reduce } from '../../../shared/session';
import { AppError } from '../errors';
import type { LiveRoom } from '../liveRoom';

/** Null when allowed; otherwise why not. Someone not in the room itself (prejoin, waiting) is unseen, so free to. */
export function holdReason(room: LiveRoom, peerId: string, source: MediaSource): string | null {
  const seat = room.session.state.participants[peerId];
  if (!seat || seat.place !== 'room') return null;
  const result = reduce(room.session.state, { type: 'media:selfUnmute', source }, { peerId }, room.session.now());
  return 'error' in result ? result.error.message : null;
}

export function assertMayRun(room: LiveRoom, peerId: string, source: MediaSource): void {
  const reason = holdReason(room, peerId, source);
  if (reason !== null) throw new AppError('conflict', reason);
}
