// Mute intents. The server pauses producers; a facilitator can never turn anyone's mic or camera on,
// only ask. A facilitator mute blocks self-unmute until a facilitator asks to unmute (which lifts it).
import type { MediaSource } from '../protocol';
import type { ActionOf } from './actions';
import { fail, notify, ok, type Effect, type ReduceResult } from './effects';
import { isFacilitating, isLead } from './roles';
import { inRoom, patchParticipant, type Participant, type SessionState } from './state';

/** Finds a target that facilitators may act on; leads hold the space and cannot be muted or moved. */
export function mediaTarget(state: SessionState, peerId: string): Participant | { code: 'not_found' | 'not_authorized'; message: string } {
  const target = state.participants[peerId];
  if (!target) return { code: 'not_found', message: 'no such participant' };
  if (isLead(target)) return { code: 'not_authorized', message: 'a facilitator cannot be the target of this' };
  return target;
}

function pauseBy(state: SessionState, peerId: string, source: MediaSource): ReduceResult {
  const found = mediaTarget(state, peerId);
  if ('code' in found) return fail(found.code, found.message);
  const next = patchParticipant(state, peerId, { mutedBy: { ...found.mutedBy, [source]: true } });
  return ok(next, [
    { type: 'pauseProducer', peerId, source },
    notify(peerId, { kind: 'muted_by_facilitator', source }),
  ]);
}

export const mute = (state: SessionState, a: ActionOf<'facilitator:mute'>): ReduceResult => pauseBy(state, a.peerId, 'mic');
export const stopVideo = (state: SessionState, a: ActionOf<'facilitator:stopVideo'>): ReduceResult =>
  pauseBy(state, a.peerId, 'camera');

export function muteAll(state: SessionState): ReduceResult {
  const targets = inRoom(state).filter((p) => !isFacilitating(p));
  const next = targets.reduce((s, p) => patchParticipant(s, p.peerId, { mutedBy: { ...p.mutedBy, mic: true } }), state);
  const effects = targets.flatMap((p): Effect[] => [
    { type: 'pauseProducer', peerId: p.peerId, source: 'mic' },
    notify(p.peerId, { kind: 'muted_by_facilitator', source: 'mic' }),
  ]);
  return ok(next, effects);
}

/** Under the stick only the speaker (and facilitators) may open the mic; the camera is not governed by the stick. */
function stickBlocks(state: SessionState, p: Participant, source: MediaSource): boolean {
  return source === 'mic' && state.settings.floor === 'stick' && !isFacilitating(p) && state.stick?.speaker !== p.peerId;
}

export function askToUnmute(state: SessionState, a: ActionOf<'facilitator:askToUnmute'>): ReduceResult {
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (target.place !== 'room') return fail('conflict', 'that participant is not in the room');
  if (stickBlocks(state, target, a.source)) return fail('conflict', 'they do not hold the talking stick');
  // Lifting the facilitator mute is the "allow": the member now decides. No resume effect here.
  const next = patchParticipant(state, a.peerId, { mutedBy: { ...target.mutedBy, [a.source]: false } });
  return ok(next, [notify(a.peerId, { kind: 'ask_to_unmute', source: a.source })]);
}

export function selfUnmute(state: SessionState, a: ActionOf<'media:selfUnmute'>, actor: Participant): ReduceResult {
  if (actor.mutedBy[a.source]) return fail('conflict', 'muted by the facilitator: wait to be asked to unmute');
  if (stickBlocks(state, actor, a.source)) return fail('conflict', 'someone else holds the talking stick');
  return ok(state, [{ type: 'resumeProducerAllowed', peerId: actor.peerId, source: a.source }]);
}
