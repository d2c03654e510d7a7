// Entry to the room: arrivals, the waiting room, admit / decline / send back.
import type { ActionOf } from './actions';
import { fail, notify, ok, type Effect, type ReduceResult } from './effects';
import { mediaTarget } from './mute';
import { isFacilitating } from './roles';
import { patchParticipant, withoutParticipant, MAX_DECLINE_MESSAGE, type Participant, type SessionState } from './state';
import { dropFromFloor } from './stick';

/**
 * Entering the room: under the stick the mic starts paused (unless the newcomer facilitates); anything
 * else not muted by a facilitator is allowed (someone sent back earlier had both sources paused).
 */
function entryEffects(state: SessionState, p: Participant): Effect[] {
  const stickPaused = state.settings.floor === 'stick' && !isFacilitating(p);
  const effects: Effect[] = [];
  if (stickPaused) effects.push({ type: 'pauseProducer', peerId: p.peerId, source: 'mic' });
  else if (!p.mutedBy.mic) effects.push({ type: 'resumeProducerAllowed', peerId: p.peerId, source: 'mic' });
  if (!p.mutedBy.camera) effects.push({ type: 'resumeProducerAllowed', peerId: p.peerId, source: 'camera' });
  return effects;
}

/**
 * The same person (subjectKey) arriving on a new connection takes over their seat: role, place and
 * mutes survive, so a dropped facilitator keeps the role and a muted member stays muted. A seat still
 * connected elsewhere is closed: one person, one seat.
 */
function takeOver(state: SessionState, seat: Participant, peerId: string): ReduceResult {
  const moved: Participant = { ...seat, peerId, connected: true, disconnectedAt: null };
  const rest = withoutParticipant(state, seat.peerId);
  const next: SessionState = { ...rest, participants: { ...rest.participants, [peerId]: moved } };
  const effects: Effect[] = seat.connected
    ? [notify(seat.peerId, { kind: 'replaced' }), { type: 'closePeer', peerId: seat.peerId }]
    : [];
  // The new connection's producers get the seat's pause state (mutedBy, the floor) again.
  if (moved.place === 'room') effects.push(...entryEffects(next, moved));
  return ok(next, effects);
}

export function arrive(state: SessionState, a: ActionOf<'session:arrive'>, now: number): ReduceResult {
  const existing = state.participants[a.peerId];
  // Same peer id again is a reconnect of the same connection.
  if (existing) return ok(patchParticipant(state, a.peerId, { connected: true, disconnectedAt: null }));
  if (state.blocked.includes(a.subjectKey)) return fail('not_authorized', 'you were removed from this session');
  const seat = Object.values(state.participants).find((p) => p.subjectKey === a.subjectKey);
  if (seat) {
    // The old connection loses hand and floor as on a disconnect (a no-op if it already dropped).
    const dropped = dropFromFloor(state, seat.peerId, now);
    const taken = takeOver(dropped.state, dropped.state.participants[seat.peerId] ?? seat, a.peerId);
    return 'error' in taken ? taken : ok(taken.state, [...dropped.effects, ...taken.effects]);
  }
  const p: Participant = {
    peerId: a.peerId, displayName: a.displayName, role: a.role, sessionRole: null, place: 'waiting',
    handRaisedAt: null, mutedBy: { mic: false, camera: false }, connected: true, disconnectedAt: null, joinedAt: now, subjectKey: a.subjectKey,
  };
  // Facilitating roles skip the waiting room and the lock: a lock must never shut out those holding the space.
  if (isFacilitating(p)) {
    const entered = { ...p, place: 'room' as const };
    return ok({ ...state, participants: { ...state.participants, [p.peerId]: entered } });
  }
  if (state.settings.locked) return fail('conflict', 'the room is locked');
  // While the facilitator is away (reconnecting) nobody new gets in: they wait until one is back.
  const place: Participant['place'] = state.settings.waitingRoom || state.facilitatorAbsentSince !== null ? 'waiting' : 'room';
  const entered: Participant = { ...p, place };
  const next = { ...state, participants: { ...state.participants, [p.peerId]: entered } };
  return ok(next, place === 'room' ? entryEffects(next, entered) : []);
}

function admitOne(state: SessionState, p: Participant): { state: SessionState; effects: Effect[] } {
  const next = patchParticipant(state, p.peerId, { place: 'room' });
  return { state: next, effects: [notify(p.peerId, { kind: 'admitted' }), ...entryEffects(next, p)] };
}

export function admit(state: SessionState, a: ActionOf<'waiting:admit'>): ReduceResult {
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (target.place !== 'waiting') return fail('conflict', 'they are not waiting');
  if (state.settings.locked) return fail('conflict', 'the room is locked');
  const step = admitOne(state, target);
  return ok(step.state, step.effects);
}

export function admitAll(state: SessionState): ReduceResult {
  if (state.settings.locked) return fail('conflict', 'the room is locked');
  const waiting = Object.values(state.participants).filter((p) => p.place === 'waiting' && p.connected);
  let next = state;
  const effects: Effect[] = [];
  for (const p of waiting) {
    const step = admitOne(next, p);
    next = step.state;
    effects.push(...step.effects);
  }
  return ok(next, effects);
}

export function decline(state: SessionState, a: ActionOf<'waiting:decline'>): ReduceResult {
  const message = a.message.trim();
  if (message.length > MAX_DECLINE_MESSAGE) return fail('invalid_payload', `keep the message under ${MAX_DECLINE_MESSAGE} characters`);
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (target.place !== 'waiting') return fail('conflict', 'they are not waiting');
  return ok(withoutParticipant(state, a.peerId), [
    notify(a.peerId, { kind: 'declined', message }),
    { type: 'closePeer', peerId: a.peerId },
  ]);
}

export function sendBack(state: SessionState, a: ActionOf<'waiting:sendBack'>, _actor: Participant, now: number): ReduceResult {
  const found = mediaTarget(state, a.peerId);
  if ('code' in found) return fail(found.code, found.message);
  if (found.place !== 'room') return fail('conflict', 'they are already waiting');
  const step = dropFromFloor(patchParticipant(state, a.peerId, { place: 'waiting' }), a.peerId, now);
  // The waiting room hears and sees nothing of the room, and the room nothing of them.
  return ok(step.state, [
    ...step.effects,
    { type: 'pauseProducer', peerId: a.peerId, source: 'mic' },
    { type: 'pauseProducer', peerId: a.peerId, source: 'camera' },
    notify(a.peerId, { kind: 'sent_to_waiting' }),
  ]);
}
