// What one participant may see of the session, as JSON. Members see the room, the queue with
// positions and the countdown; only facilitating peers see the waiting list. subjectKeys and the
// block list never leave the server.
//
// On the wire the view travels in three parts, so a room of hundreds is not sent hundreds of
// copies of the same thing: the RoomView (the same for everyone in the room, sent once per change
// as a patch of the keys that changed), each peer's own YouView, and the waiting list (to
// facilitating peers only). `assemble` puts them back together into exactly `view(state, peer)`.
//
// With breakouts open each space (the main room, each breakout) has its own RoomView, and a person
// sees the one of the space they are in; facilitators of the session also get the breakouts
// overview (with the plan), which travels like the waiting list.
import type { RoomRole } from '../protocol';
import { mainSpace, findRoom, spaceOf } from './breakouts/spaces';
import { MAIN } from './breakouts/types';
import { breakoutsOverview, roomBreakoutView, yourBreakout, type BreakoutsOverview, type RoomBreakoutView, type YourBreakoutView } from './breakouts/view';
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
  /**
   * The breakout this space is; null in the main room. roomView always sets it (so a full room
   * carries every ROOM_VIEW_KEY); optional only so views written before breakouts still type-check.
   */
  breakout?: RoomBreakoutView | null;
}

export interface SessionView extends RoomView {
  /** In a breakout, `role` is the role there (a host is co_facilitator), and the queue position is the room's. */
  you: {
    peerId: string;
    role: RoomRole;
    place: 'room';
    queuePosition: number | null;
    mutedBy: Participant['mutedBy'];
    /** In the main room while breakouts are planned (not yet open): where you will go, or that you stay. */
    planned?: PlannedForYou | null;
  };
  breakout?: YourBreakoutView | null;
  /** Present only for facilitating peers. */
  waiting?: WaitingEntry[];
  /** Present only for facilitating peers (not for breakout hosts). */
  breakouts?: BreakoutsOverview;
}

export interface PlannedForYou {
  /** The breakout the plan puts you in, or null (you stay in the main room). */
  roomId: string | null;
  roomName: string | null;
  optedOut: boolean;
}

/** A waiting peer sees only that they wait (and whether the room is locked); unknown peers see nothing. */
export type WaitingView = { you: { peerId: string; place: 'waiting' }; locked: boolean };

/** One peer's own part: in the room, their role, queue position and holds; waiting, only the lock. */
export type YouView = SessionView['you'] | (WaitingView['you'] & { locked: boolean });

export const ROOM_VIEW_KEYS = ['settings', 'participants', 'queue', 'stick', 'round', 'facilitatorReconnecting', 'breakout'] as const;

const name = (state: SessionState, peerId: string): string => state.participants[peerId]?.displayName ?? '';

/** The shared view of a space: 'main' (the default) or a breakout room id. */
export function roomView(state: SessionState, space: string = MAIN): RoomView {
  const room = space === MAIN ? undefined : findRoom(state, space);
  if (!room) return { ...sessionRoomView(mainSpace(state).space), breakout: null };
  return { ...sessionRoomView(room.session), breakout: roomBreakoutView(state, room.id) };
}

function sessionRoomView(state: SessionState): Omit<RoomView, 'breakout'> {
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
  const room = findRoom(state, spaceOf(state, peerId));
  if (room) return sessionYouView(room.session, peerId);
  const you = sessionYouView(state, peerId);
  if (!you || you.place !== 'room') return you;
  return { ...you, planned: plannedFor(state, peerId) };
}

/** Before breakouts open, each member may see where the plan puts them (and choose to stay). */
function plannedFor(state: SessionState, peerId: string): PlannedForYou | null {
  const plan = state.breakouts.plan;
  if (!plan || state.breakouts.running) return null;
  const roomId = plan.assignment[peerId] ?? null;
  return { roomId, roomName: plan.rooms.find((r) => r.id === roomId)?.name ?? null, optedOut: plan.optedOut.includes(peerId) };
}

function sessionYouView(state: SessionState, peerId: string): YouView | null {
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

/** The parts as a client holds them → the view; null until enough has arrived. */
export function assemble(
  room: RoomView | null, you: YouView | null, waiting: WaitingEntry[] | null, breakouts: BreakoutsOverview | null = null,
): SessionView | WaitingView | null {
  if (!you) return null;
  if (you.place === 'waiting') return { you: { peerId: you.peerId, place: 'waiting' }, locked: you.locked };
  if (!room) return null;
  const { breakout: shared, ...rest } = room;
  const breakout = shared ? yourBreakout(shared, you.peerId) : shared;
  // A breakout host co-facilitates inside their breakout only: no waiting list, no overview.
  const facilitating = isFacilitatingRole(you.role) && !breakout?.host;
  return {
    you,
    ...rest,
    ...(breakout !== undefined ? { breakout } : {}),
    ...(facilitating ? { waiting: waiting ?? [], ...(breakouts ? { breakouts } : {}) } : {}),
  };
}

export function view(state: SessionState, forPeerId: string): SessionView | WaitingView | null {
  const me = state.participants[forPeerId];
  if (!me) return null;
  const facilitating = isFacilitating(me);
  return assemble(
    roomView(state, spaceOf(state, forPeerId)),
    youView(state, forPeerId),
    facilitating ? waitingList(state) : null,
    facilitating ? breakoutsOverview(state) : null,
  );
}
