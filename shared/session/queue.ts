// The hand queue: raise order, visible to everyone; facilitators may reorder, remove and clear it.
import type { ActionOf } from './actions';
import { fail, ok, type ReduceResult } from './effects';
import { patchParticipant, type Participant, type SessionState } from './state';
import { advance } from './stick';

export function raise(state: SessionState, _a: ActionOf<'hand:raise'>, actor: Participant, now: number): ReduceResult {
  if (state.queue.includes(actor.peerId)) return fail('conflict', 'your hand is already raised');
  if (state.stick?.speaker === actor.peerId) return fail('conflict', 'you already hold the stick');
  const next = { ...patchParticipant(state, actor.peerId, { handRaisedAt: now }), queue: [...state.queue, actor.peerId] };
  // A free stick goes to the first raised hand at once: nobody waits for a facilitator to notice.
  if (next.settings.floor === 'stick' && next.stick === null && next.round === null) {
    const step = advance(next, now);
    return ok(step.state, step.effects);
  }
  return ok(next);
}

export function lower(state: SessionState, _a: ActionOf<'hand:lower'>, actor: Participant): ReduceResult {
  if (!state.queue.includes(actor.peerId)) return fail('conflict', 'your hand is not raised');
  return ok(removeFromQueue(state, actor.peerId));
}

function removeFromQueue(state: SessionState, peerId: string): SessionState {
  return patchParticipant({ ...state, queue: state.queue.filter((id) => id !== peerId) }, peerId, { handRaisedAt: null });
}

export function reorder(state: SessionState, a: ActionOf<'queue:reorder'>): ReduceResult {
  // Only a permutation: a reorder must never sneak someone in or drop them silently.
  const same =
    a.order.length === state.queue.length &&
    new Set(a.order).size === a.order.length &&
    a.order.every((id) => state.queue.includes(id));
  if (!same) return fail('invalid_payload', 'the new order must contain exactly the raised hands');
  return ok({ ...state, queue: [...a.order] });
}

export function removeHand(state: SessionState, a: ActionOf<'queue:remove'>): ReduceResult {
  if (!state.queue.includes(a.peerId)) return fail('not_found', 'that hand is not in the queue');
  return ok(removeFromQueue(state, a.peerId));
}

export function clear(state: SessionState): ReduceResult {
  const next = state.queue.reduce((s, id) => patchParticipant(s, id, { handRaisedAt: null }), state);
  return ok({ ...next, queue: [] });
}
