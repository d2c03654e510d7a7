// What one participant may see of the session, as JSON. Members see the room, the queue with
// positions and the countdown; only facilitating peers see the waiting list. subjectKeys and the
// block list never leave the server.
import type { RoomRole } from '../protocol';
import { effectiveRole, isFacilitating } from './roles';
import { inRoom, type Participant, type SessionState, type Settings } from './state';

export interface ParticipantView {
  peerId: string;
  displayName: string;
  role: RoomRole;
  handRaisedAt: number | null;
  mutedBy: Participant['mutedBy'];
  connected: boolean;
}

export interface SessionView {
  you: { peerId: string; role: RoomRole; place: Participant['place']; queuePosition: number | null; mutedBy: Participant['mutedBy'] };
  settings: Settings;
  participants: ParticipantView[];
  queue: { peerId: string; displayName: string; position: number }[];
  /** endsAt is server time; clients count down against the serverTime they were given, not their own clock. */
  stick: { speaker: string; displayName: string; endsAt: number; awaitingConfirm: boolean } | null;
  round: { remaining: string[] } | null;
  facilitatorReconnecting: boolean;
  /** Present only for facilitating peers. */
  waiting?: { peerId: string; displayName: string; since: number }[];
}

/** A waiting peer sees only that they wait (and whether the room is locked); unknown peers see nothing. */
export type WaitingView = { you: { peerId: string; place: 'waiting' }; locked: boolean };

const name = (state: SessionState, peerId: string): string => state.participants[peerId]?.displayName ?? '';

export function view(state: SessionState, forPeerId: string): SessionView | WaitingView | null {
  const me = state.participants[forPeerId];
  if (!me) return null;
  if (me.place === 'waiting') return { you: { peerId: me.peerId, place: 'waiting' }, locked: state.settings.locked };
  const position = state.queue.indexOf(me.peerId);
  const result: SessionView = {
    you: { peerId: me.peerId, role: effectiveRole(me), place: me.place, queuePosition: position === -1 ? null : position + 1, mutedBy: me.mutedBy },
    settings: state.settings,
    participants: inRoom(state)
      .sort((a, b) => a.joinedAt - b.joinedAt || a.peerId.localeCompare(b.peerId))
      .map((p) => ({ peerId: p.peerId, displayName: p.displayName, role: effectiveRole(p), handRaisedAt: p.handRaisedAt, mutedBy: p.mutedBy, connected: p.connected })),
    queue: state.queue.map((peerId, i) => ({ peerId, displayName: name(state, peerId), position: i + 1 })),
    stick: state.stick
      ? { speaker: state.stick.speaker, displayName: name(state, state.stick.speaker), endsAt: state.stick.endsAt, awaitingConfirm: state.stick.awaitingConfirm }
      : null,
    round: state.round,
    facilitatorReconnecting: state.facilitatorAbsentSince !== null,
  };
  if (isFacilitating(me)) {
    result.waiting = Object.values(state.participants)
      .filter((p) => p.place === 'waiting')
      .sort((a, b) => a.joinedAt - b.joinedAt)
      .map((p) => ({ peerId: p.peerId, displayName: p.displayName, since: p.joinedAt }));
  }
  return result;
}
