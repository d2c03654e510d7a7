// What one participant may see of the session, as JSON. Members see the room, the queue with
// positions and the countdown; only facilitating peers see the waiting list. subjectKeys and the
// block list never leave the server.
//
// On the wire the view travels in three parts, so a room of hundreds is not sent hundreds of
// copies of the same thing: the RoomView (the same for everyone in the room, sent once per change
// as a patch of the keys that changed), each peer's own YouView, and the waiting list (to
// facilitating peers only). `assemble` puts them back together into exactly `view(state, peer)`.
import type { RoomRole } from '../protocol';
import { effectiveRole, isFacilitating, isFacilitatingRole } from './roles';
import { inRoom, type Participant, type SessionState, type Settings } from './state';

export interface ParticipantView {
  peerId: string;
  displayName: string;
  role: RoomRole;
  handRaisedAt: number | null;
  mutedBy: Participant['mutedBy'];
  connected: boolean;
}

export interface WaitingEntry {
  peerId: string;
  displayName: string;
  since: number;
}

/** The part of the view everyone in the room shares. */
export interface RoomView {
  settings: Settings;
  participants: ParticipantView[];
  queue: { peerId: string; displayName: string; position: number }[];
  /** endsAt is server time; clients count down against the serverTime they were given, not their own clock. */
  stick: { speaker: string; displayName: string; endsAt: number; awaitingConfirm: boolean } | null;
  round: { remaining: string[] } | null;
  facilitatorReconnecting: boolean;
}

export interface SessionView extends RoomView {
  you: { peerId: string; role: RoomRole; place: 'room'; queuePosition: number | null; mutedBy: Participant['mutedBy'] };
  /** Present only for facilitating peers. */
  waiting?: WaitingEntry[];
}

/** A waiting peer sees only that they wait (and whether the room is locked); unknown peers see nothing. */
export type WaitingView = { you: { peerId: string; place: 'waiting' }; locked: boolean };

/** One peer's own part: in the room, their role, queue position and holds; waiting, only the lock. */
export type YouView = SessionView['you'] | (WaitingView['you'] & { locked: boolean });

export const ROOM_VIEW_KEYS = ['settings', 'participants', 'queue', 'stick', 'round', 'facilitatorReconnecting'] as const;

const name = (state: SessionState, peerId: string): string => state.participants[peerId]?.displayName ?? '';

export function roomView(state: SessionState): RoomView {
  return {
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
}

export function youView(state: SessionState, peerId: string): YouView | null {
  const me = state.participants[peerId];
  if (!me) return null;
  if (me.place === 'waiting') return { peerId: me.peerId, place: 'waiting', locked: state.settings.locked };
  const position = state.queue.indexOf(me.peerId);
  return { peerId: me.peerId, role: effectiveRole(me), place: 'room', queuePosition: position === -1 ? null : position + 1, mutedBy: me.mutedBy };
}

export function waitingList(state: SessionState): WaitingEntry[] {
  return Object.values(state.participants)
    .filter((p) => p.place === 'waiting')
    .sort((a, b) => a.joinedAt - b.joinedAt || a.peerId.localeCompare(b.peerId))
    .map((p) => ({ peerId: p.peerId, displayName: p.displayName, since: p.joinedAt }));
}

/** The three parts as a client holds them → the view; null until enough has arrived. */
export function assemble(room: RoomView | null, you: YouView | null, waiting: WaitingEntry[] | null): SessionView | WaitingView | null {
  if (!you) return null;
  if (you.place === 'waiting') return { you: { peerId: you.peerId, place: 'waiting' }, locked: you.locked };
  if (!room) return null;
  return { you, ...room, ...(isFacilitatingRole(you.role) ? { waiting: waiting ?? [] } : {}) };
}

export function view(state: SessionState, forPeerId: string): SessionView | WaitingView | null {
  const me = state.participants[forPeerId];
  if (!me) return null;
  return assemble(roomView(state), youView(state, forPeerId), isFacilitating(me) ? waitingList(state) : null);
}
