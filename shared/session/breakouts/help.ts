// Inside a breakout: asking the facilitators for help, and hosts (a member made co-facilitator of
// their own breakout only: mute and manage the floor there, nothing anywhere else).
import type { ActionOf } from '../actions';
import { fail, notify, ok, type ReduceResult } from '../effects';
import { effectiveRole, isFacilitating } from '../roles';
import { patchParticipant, type Participant, type SessionState } from '../state';
import { findRoom, isVisiting, spaceOf, withRoom } from './spaces';
import { MAIN } from './types';

export function askHelp(state: SessionState, _a: ActionOf<'breakout:askHelp'>, actor: Participant, now: number): ReduceResult {
  const room = findRoom(state, spaceOf(state, actor.peerId));
  if (!room) return fail('conflict', 'you are in the main room');
  if (room.helpAskedAt !== null) return fail('conflict', 'help has been asked for already');
  // Every facilitator of the session hears it, wherever they are (main room or visiting elsewhere).
  const facilitators = Object.values(state.participants).filter(
    (p) => p.peerId !== actor.peerId && p.place === 'room' && p.connected && isFacilitating(p),
  );
  return ok(
    withRoom(state, { ...room, helpAskedAt: now }),
    facilitators.map((p) => notify(p.peerId, { kind: 'help_asked', roomId: room.id, name: room.name })),
  );
}

export function clearHelp(state: SessionState, a: ActionOf<'breakout:clearHelp'>): ReduceResult {
  if (!state.breakouts.running) return fail('conflict', 'breakouts are not open');
  const room = findRoom(state, a.roomId);
  if (!room) return fail('not_found', 'no such breakout room');
  if (room.helpAskedAt === null) return fail('conflict', 'nobody asked for help there');
  return ok(withRoom(state, { ...room, helpAskedAt: null }));
}

export function setHost(state: SessionState, a: ActionOf<'breakout:setHost'>): ReduceResult {
  if (!state.breakouts.running) return fail('conflict', 'breakouts are not open');
  if (!state.participants[a.peerId]) return fail('not_found', 'no such participant');
  const space = spaceOf(state, a.peerId);
  const room = findRoom(state, space);
  const copy = room?.session.participants[a.peerId];
  if (space === MAIN || !room || !copy) return fail('conflict', 'they are not in a breakout');
  if (isVisiting(state, a.peerId)) return fail('conflict', 'a visitor cannot be a host');
  const isHost = room.hosts.includes(a.peerId);
  if (isHost === a.host) return fail('conflict', a.host ? 'they are already host' : 'they are not host');
  if (a.host && effectiveRole(copy) !== 'member') return fail('conflict', 'they already facilitate');
  // co_facilitator inside the breakout's own session only: leads' actions (remove, lock, hand over) stay out of reach.
  const session = patchParticipant(room.session, a.peerId, { sessionRole: a.host ? 'co_facilitator' : null });
  const hosts = a.host ? [...room.hosts, a.peerId] : room.hosts.filter((h) => h !== a.peerId);
  return ok(withRoom(state, { ...room, session, hosts }), [
    notify(a.peerId, { kind: 'role_changed', role: a.host ? 'co_facilitator' : 'member' }),
  ]);
}
