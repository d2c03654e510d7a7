// Who holds the space: hand-over, session co-facilitators, and continuity when the last lead drops.
import type { ActionOf } from './actions';
import { fail, notify, ok, type Effect, type ReduceResult } from './effects';
import { effectiveRole, isLead } from './roles';
import { GRACE_MS, inRoom, isPresent, patchParticipant, type Participant, type SessionState } from './state';

export function handOver(state: SessionState, a: ActionOf<'facilitator:handOver'>, actor: Participant): ReduceResult {
  if (a.peerId === actor.peerId) return fail('invalid_payload', 'you cannot hand over to yourself');
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (!isPresent(target)) return fail('conflict', 'that participant is not in the room');
  if (isLead(target)) return fail('conflict', 'they already facilitate');
  let next = patchParticipant(state, a.peerId, { role: 'facilitator', sessionRole: null });
  // A facilitator steps down to co-facilitator so they can still help; organisers and hosts keep
  // their account role, which comes from the group, not from this session.
  if (actor.role === 'facilitator') next = patchParticipant(next, actor.peerId, { role: 'member', sessionRole: 'co_facilitator' });
  return ok(next, [notify(a.peerId, { kind: 'role_changed', role: 'facilitator' })]);
}

export function promote(state: SessionState, a: ActionOf<'facilitator:promote'>): ReduceResult {
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (target.place !== 'room') return fail('conflict', 'that participant is not in the room');
  if (effectiveRole(target) !== 'member') return fail('conflict', 'only a member can be made co-facilitator');
  const next = patchParticipant(state, a.peerId, { sessionRole: 'co_facilitator' });
  return ok(next, [notify(a.peerId, { kind: 'role_changed', role: 'co_facilitator' })]);
}

export function demote(state: SessionState, a: ActionOf<'facilitator:demote'>): ReduceResult {
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (effectiveRole(target) !== 'co_facilitator') return fail('conflict', 'they are not a co-facilitator');
  const next = patchParticipant(state, a.peerId, { sessionRole: 'member' });
  return ok(next, [notify(a.peerId, { kind: 'role_changed', role: 'member' })]);
}

export const hasLeadPresent = (state: SessionState): boolean => inRoom(state).some((p) => p.connected && isLead(p));

/** Keeps `facilitatorAbsentSince` true to the room after any change; starts the grace timer once. */
export function trackPresence(state: SessionState, now: number): { state: SessionState; effects: Effect[] } {
  if (hasLeadPresent(state)) {
    if (state.facilitatorAbsentSince === null && state.facilitated) return { state, effects: [] };
    return { state: { ...state, facilitatorAbsentSince: null, facilitated: true }, effects: [] };
  }
  if (!state.facilitated || state.facilitatorAbsentSince !== null) return { state, effects: [] };
  return { state: { ...state, facilitatorAbsentSince: now }, effects: [{ type: 'scheduleTick', at: now + GRACE_MS }] };
}

/** After the grace period the longest-present co-facilitator takes over; with none, the room waits. */
export function tickGrace(state: SessionState, now: number): { state: SessionState; effects: Effect[] } {
  const since = state.facilitatorAbsentSince;
  if (since === null || now < since + GRACE_MS) return { state, effects: [] };
  const heir = inRoom(state)
    .filter((p) => p.connected && effectiveRole(p) === 'co_facilitator')
    .sort((x, y) => x.joinedAt - y.joinedAt || x.peerId.localeCompare(y.peerId))[0];
  if (!heir) return { state, effects: [] };
  const next = patchParticipant({ ...state, facilitatorAbsentSince: null }, heir.peerId, { role: 'facilitator', sessionRole: null });
  return { state: next, effects: [notify(heir.peerId, { kind: 'role_changed', role: 'facilitator' })] };
}
