// Room control: leaving, disconnects, removal with an optional block, the lock and the waiting-room switch.
import type { ActionOf } from './actions';
import { fail, notify, ok, type ReduceResult } from './effects';
import { mediaTarget } from './mute';
import { patchParticipant, withoutParticipant, type Participant, type SessionState } from './state';
import { dropFromFloor } from './stick';

export function leave(state: SessionState, _a: ActionOf<'session:leave'>, actor: Participant, now: number): ReduceResult {
  const step = dropFromFloor(state, actor.peerId, now);
  return ok(withoutParticipant(step.state, actor.peerId), step.effects);
}

/** A dropped connection keeps the seat (same peer id may come back) but loses the hand and the floor. */
export function disconnect(state: SessionState, a: ActionOf<'session:disconnect'>, now: number): ReduceResult {
  if (!state.participants[a.peerId]) return fail('not_found', 'no such participant');
  const step = dropFromFloor(patchParticipant(state, a.peerId, { connected: false }), a.peerId, now);
  return ok(step.state, step.effects);
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
