// Where people are: the main room or a breakout ("space"). A person's seat always stays in the main
// session (identity, role, block list, reconnects); while they are in a breakout a copy of it sits in
// that room's session, which runs their hand, floor and holds there. These helpers move people
// between spaces and keep seat and copy agreeing.
import type { Effect } from '../effects';
import { effectiveRole, isFacilitating } from '../roles';
import { createSession, patchParticipant, withoutParticipant, type Participant, type SessionState } from '../state';
import { dropFromFloor } from '../stick';
import { MAIN, type RunningBreakouts, type RunningRoom } from './types';

export interface Step { state: SessionState; effects: Effect[] }

/** The breakout room id the peer is in (as member or visitor), or 'main'. */
export function spaceOf(state: SessionState, peerId: string): string {
  return state.breakouts.running?.where[peerId] ?? MAIN;
}

export const isVisiting = (state: SessionState, peerId: string): boolean => state.breakouts.running?.visiting[peerId] !== undefined;

/** Where a peer is and how: to put a person on a new connection back where they were. */
export interface Whereabouts { space: string; visiting: boolean; hosting: boolean }

export function whereIs(state: SessionState, peerId: string): Whereabouts {
  const space = spaceOf(state, peerId);
  return { space, visiting: isVisiting(state, peerId), hosting: findRoom(state, space)?.hosts.includes(peerId) ?? false };
}

export const findRoom = (state: SessionState, roomId: string): RunningRoom | undefined =>
  state.breakouts.running?.rooms.find((r) => r.id === roomId);

export const withRunning = (state: SessionState, running: RunningBreakouts | null): SessionState =>
  ({ ...state, breakouts: { ...state.breakouts, running } });

/** Replaces the running room with the same id. */
export function withRoom(state: SessionState, room: RunningRoom): SessionState {
  const running = state.breakouts.running;
  if (!running) return state;
  return withRunning(state, { ...running, rooms: running.rooms.map((r) => (r.id === room.id ? room : r)) });
}

/** A breakout starts open (no stick) and without a waiting room: people are moved in, never admitted. */
export const roomSession = (): SessionState => createSession({ waitingRoom: false, floor: 'open' });

/** The seat's copy in a breakout. Its role is the seat's effective role (roles hold across rooms); holds come along. */
export const copyOf = (seat: Participant): Participant =>
  ({ ...seat, role: effectiveRole(seat), sessionRole: null, place: 'room', handRaisedAt: null });

/** On entering a space: under its stick a non-facilitating mic is held; otherwise what no facilitator holds is allowed. */
export function entryEffects(space: SessionState, p: Participant): Effect[] {
  const effects: Effect[] = [];
  if (space.settings.floor === 'stick' && !isFacilitating(p)) effects.push({ type: 'pauseProducer', peerId: p.peerId, source: 'mic' });
  else if (!p.mutedBy.mic) effects.push({ type: 'resumeProducerAllowed', peerId: p.peerId, source: 'mic' });
  if (!p.mutedBy.camera) effects.push({ type: 'resumeProducerAllowed', peerId: p.peerId, source: 'camera' });
  return effects;
}

/**
 * Takes a peer out of the breakout they are in: out of its session (losing hand and floor there),
 * `where`, `visiting` and its hosts. The seat takes the copy's holds back. A no-op in main.
 */
export function pullOut(state: SessionState, peerId: string, now: number): Step {
  const running = state.breakouts.running;
  const room = running ? findRoom(state, running.where[peerId] ?? '') : undefined;
  if (!running || !room) return { state, effects: [] };
  const copy = room.session.participants[peerId];
  const dropped = dropFromFloor(room.session, peerId, now);
  const { [peerId]: _w, ...where } = running.where;
  const { [peerId]: _v, ...visiting } = running.visiting;
  let next = withRunning(state, {
    ...running,
    where,
    visiting,
    rooms: running.rooms.map((r) =>
      r.id === room.id ? { ...r, session: withoutParticipant(dropped.state, peerId), hosts: r.hosts.filter((h) => h !== peerId) } : r),
  });
  if (copy) next = patchParticipant(next, peerId, { mutedBy: copy.mutedBy });
  return { state: next, effects: dropped.effects };
}

/** Puts a peer who is in main into a breakout room's session (they leave the main floor). */
function putIn(state: SessionState, peerId: string, roomId: string, visiting: boolean, now: number): Step {
  const dropped = dropFromFloor(state, peerId, now);
  const running = dropped.state.breakouts.running;
  const seat = dropped.state.participants[peerId];
  const room = findRoom(dropped.state, roomId);
  if (!running || !seat || !room) return dropped;
  const session = { ...room.session, participants: { ...room.session.participants, [peerId]: copyOf(seat) } };
  const next = withRunning(dropped.state, {
    ...running,
    where: { ...running.where, [peerId]: roomId },
    visiting: visiting ? { ...running.visiting, [peerId]: roomId } : running.visiting,
    homes: visiting ? running.homes : { ...running.homes, [seat.subjectKey]: roomId },
    rooms: running.rooms.map((r) => (r.id === roomId ? { ...r, session } : r)),
  });
  return { state: next, effects: dropped.effects };
}

/**
 * Moves a peer to a space ('main' or a running room id), as a member or a visitor. A connected
 * peer's media follows (moveToSpace) with the new space's entry holds; a dropped seat just moves.
 */
export function relocate(state: SessionState, peerId: string, to: string, visiting: boolean, now: number): Step {
  const out = pullOut(state, peerId, now);
  const step = to === MAIN ? { state: forgetHome(out.state, peerId), effects: [] } : putIn(out.state, peerId, to, visiting, now);
  const seat = step.state.participants[peerId];
  const effects = [...out.effects, ...step.effects];
  if (!seat?.connected) return { state: step.state, effects };
  const space = to === MAIN ? step.state : findRoom(step.state, to)?.session;
  const here = to === MAIN ? seat : space?.participants[peerId];
  effects.push({ type: 'moveToSpace', peerId, space: to });
  if (space && here) effects.push(...entryEffects(space, here));
  return { state: step.state, effects };
}

/** Moved to the main room on purpose: no breakout to go back to on a later return. */
function forgetHome(state: SessionState, peerId: string): SessionState {
  const running = state.breakouts.running;
  const key = state.participants[peerId]?.subjectKey;
  if (!running?.homes || key === undefined || running.homes[key] === undefined) return state;
  const { [key]: _gone, ...homes } = running.homes;
  return withRunning(state, { ...running, homes });
}

/** The breakout a person (by subject key) belongs to while the rooms run, if any and it still runs. */
export function homeOf(state: SessionState, subjectKey: string): string | undefined {
  const room = state.breakouts.running?.homes?.[subjectKey];
  return room !== undefined && findRoom(state, room) ? room : undefined;
}

/** The main session as its own rules should see it: without the seats of people who are in breakouts. */
export function mainSpace(state: SessionState): { space: SessionState; away: Record<string, Participant> } {
  const where = state.breakouts.running?.where ?? {};
  const participants: Record<string, Participant> = {};
  const away: Record<string, Participant> = {};
  for (const [id, p] of Object.entries(state.participants)) (where[id] === undefined ? participants : away)[id] = p;
  return { space: { ...state, participants }, away };
}

/** Puts the away seats back after a main-room rule ran on `mainSpace`. */
export const withAway = (state: SessionState, away: Record<string, Participant>): SessionState =>
  Object.keys(away).length === 0 ? state : { ...state, participants: { ...state.participants, ...away } };

const sameHolds = (a: Participant['mutedBy'], b: Participant['mutedBy']): boolean => a.mic === b.mic && a.camera === b.camera;

/**
 * Keeps each seat and its copy agreeing after any change: holds made in the breakout go to the seat
 * (so they follow the person and keep a dropped seat), role and connection come from the seat.
 * Peers whose seat is gone (left, removed, released) are taken out of their breakout.
 */
export function syncSeats(state: SessionState, now: number): Step {
  const running = state.breakouts.running;
  if (!running) return { state, effects: [] };
  let next = state;
  const effects: Effect[] = [];
  for (const [peerId, roomId] of Object.entries(running.where)) {
    const seat = next.participants[peerId];
    const room = findRoom(next, roomId);
    const copy = room?.session.participants[peerId];
    if (!seat || !room || !copy) {
      const out = pullOut(next, peerId, now);
      next = forget(out.state, peerId);
      effects.push(...out.effects);
      continue;
    }
    if (!sameHolds(seat.mutedBy, copy.mutedBy)) next = patchParticipant(next, peerId, { mutedBy: copy.mutedBy });
    const role = effectiveRole(seat);
    if (copy.role !== role || copy.connected !== seat.connected || copy.disconnectedAt !== seat.disconnectedAt) {
      const session = patchParticipant(room.session, peerId, { role, connected: seat.connected, disconnectedAt: seat.disconnectedAt });
      next = withRoom(next, { ...room, session });
    }
  }
  return { state: next, effects };
}

/** Drops a `where` entry that names no room (should not happen): the peer is in main. */
function forget(state: SessionState, peerId: string): SessionState {
  const running = state.breakouts.running;
  if (!running || running.where[peerId] === undefined) return state;
  const { [peerId]: _w, ...where } = running.where;
  const { [peerId]: _v, ...visiting } = running.visiting;
  return withRunning(state, { ...running, where, visiting });
}
