// Room control: leaving, disconnects, removal with an optional block, the lock and the waiting-room switch.
import type { ActionOf } from './actions';
import { fail, notify, ok, type ReduceResult } from './effects';
import { mediaTarget } from './mute';
import { patchParticipant, SEAT_KEEP_MS, withoutParticipant, type Participant, type SessionState } from './state';
import { dropFromFloor } from './stick';

export function leave(state: SessionState, _a: ActionOf<'session:leave'>, actor: Participant, now: number): ReduceResult {
  const step = dropFromFloor(state, actor.peerId, now);
  return ok(withoutParticipant(step.state, actor.peerId), step.effects);
}

/**
 * A dropped connection keeps the seat for a while (the same person may come back on a new
 * connection: see arrive) but loses the hand and the floor.
 */
export function disconnect(state: SessionState, a: ActionOf<'session:disconnect'>, now: number): ReduceResult {
  if (!state.participants[a.peerId]) return fail('not_found', 'no such participant');
  const step = dropFromFloor(patchParticipant(state, a.peerId, { connected: false, disconnectedAt: now }), a.peerId, now);
  return ok(step.state, [...step.effects, { type: 'scheduleTick', at: now + SEAT_KEEP_MS }]);
}

/**
 * Seats empty for SEAT_KEEP_MS are given up, so nobody is listed as "reconnecting" for ever. A seat
 * with a facilitator's hold (muted, video stopped) stays for the whole session: leaving and
 * coming back later must never lift a mute.
 */
export function releaseSeats(state: SessionState, now: number): SessionState {
  const stale = Object.values(state.participants).filter(
    (p) => !p.connected && p.disconnectedAt !== null && now - p.disconnectedAt >= SEAT_KEEP_MS && !p.mutedBy.mic && !p.mutedBy.camera,
  );
  return stale.reduce((s, p) => withoutParticipant(s, p.peerId), state);
}

export function remove(state: SessionState, a: ActionOf<'room:remove'>, actor: Participant, now: number): ReduceResult {
  if (a.peerId === actor.peerId) return fail('invalid_payload', 'use leave to leave');
  const found = mediaTarget(state, a.peerId);
  if ('code' in found) return fail(found.code, found.message);
  const step = dropFromFloor(state, a.peerId, now);
  let next = withoutParticipant(step.state, a.peerId);
  if (a.block && !next.blocked.includes(found.subjectKey)) next = { ...next, blocked: [...next.blocked, found.subjectKey] };
  return ok(next, [
    ...step.effects,
    notify(a.peerId, { kind: 'removed', blocked: a.block }),
    { type: 'closePeer', peerId: a.peerId },
  ]);
}

export function lock(state: SessionState): ReduceResult {
  if (state.settings.locked) return fail('conflict', 'the room is already locked');
  return ok({ ...state, settings: { ...state.settings, locked: true } });
}

export function unlock(state: SessionState): ReduceResult {
  if (!state.settings.locked) return fail('conflict', 'the room is not locked');
  return ok({ ...state, settings: { ...state.settings, locked: false } });
}

/** Turning the waiting room off does not admit those already waiting: that stays a deliberate admit. */
export function setWaitingRoom(state: SessionState, a: ActionOf<'room:setWaitingRoom'>): ReduceResult {
  return ok({ ...state, settings: { ...state.settings, waitingRoom: a.enabled } });
}
