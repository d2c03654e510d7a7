// Builds rooms through the reducer itself (arrive + admit), so fixtures obey the same rules as the server.
import { expect } from 'vitest';
import type { RoomRole } from '../../../shared/protocol';
import {
  createSession, reduce, type Action, type Actor, type Effect, type SessionError, type SessionState, type Settings,
} from '../../../shared/session';

export const T0 = 1_000_000;

/** Frozen so any in-place mutation inside the reducer throws (ESM is strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const peer = (peerId: string): Actor => ({ peerId });

export function reduceOk(state: SessionState, action: Action, actor: Actor, now = T0): { state: SessionState; effects: Effect[] } {
  const result = reduce(deepFreeze(state), action, actor, now);
  if ('error' in result) throw new Error(`expected ${action.type} to succeed, got ${result.error.code}: ${result.error.message}`);
  return result;
}

export function refuse(state: SessionState, action: Action, actor: Actor, now = T0): SessionError {
  const before = structuredClone(state);
  const result = reduce(deepFreeze(state), action, actor, now);
  if (!('error' in result)) throw new Error(`expected ${action.type} to be refused`);
  expect(Object.keys(result)).toEqual(['error']);
  expect(state).toEqual(before);
  return result.error;
}

export const arrive = (peerId: string, role: RoomRole = 'member', displayName = peerId.toUpperCase()): Action => ({
  type: 'session:arrive', peerId, displayName, role, subjectKey: `subject-${peerId}`,
});

/** The same person (subjectKey) arriving on another connection (peerId). */
export const arriveAs = (peerId: string, subjectKey: string, role: RoomRole = 'member'): Action => ({
  type: 'session:arrive', peerId, displayName: peerId.toUpperCase(), role, subjectKey,
});

/**
 * fac (facilitator), org (organiser), host, co (co_facilitator by wire role), mem, tgt, m2 (members, admitted),
 * wait (member still waiting). Joined one ms apart in that order; `settings` are applied last.
 */
export function room(settings: Partial<Settings> = {}): SessionState {
  let s = createSession({ waitingRoom: true });
  const people: [string, RoomRole][] = [['fac', 'facilitator'], ['org', 'organiser'], ['host', 'host'], ['co', 'co_facilitator'],
    ['mem', 'member'], ['tgt', 'member'], ['m2', 'member'], ['wait', 'member']];
  people.forEach(([id, role], i) => {
    s = reduceOk(s, arrive(id, role), 'server', T0 - 1000 + i).state;
  });
  for (const id of ['mem', 'tgt', 'm2']) s = reduceOk(s, { type: 'waiting:admit', peerId: id }, peer('fac')).state;
  // Settings apply after the room is built, so 'wait' is waiting whatever they say.
  return { ...s, settings: { ...s.settings, ...settings } };
}

export const effectsOfType = <K extends Effect['type']>(effects: Effect[], type: K): Extract<Effect, { type: K }>[] =>
  effects.filter((e): e is Extract<Effect, { type: K }> => e.type === type);

type PlanAction = Extract<Action, { type: 'breakout:plan' }>;

/** A manual plan (by fac) of two rooms unless `over` says otherwise, then `assignment` (peerId → room id) by hand. */
export function planned(s: SessionState = room(), assignment: Record<string, string> = {}, over: Partial<PlanAction> = {}): SessionState {
  let next = reduceOk(s, { type: 'breakout:plan', rooms: [{}, {}], mode: 'manual', seed: 1, ...over }, peer('fac')).state;
  for (const [peerId, roomId] of Object.entries(assignment)) {
    next = reduceOk(next, { type: 'breakout:assign', peerId, roomId }, peer('fac')).state;
  }
  return next;
}

/** `room()` with breakouts open at `now`: planned as above, then opened by fac. */
export function opened(assignment: Record<string, string>, over: Partial<PlanAction> = {}, now = T0, s: SessionState = room()): SessionState {
  return reduceOk(planned(s, assignment, over), { type: 'breakout:open' }, peer('fac'), now).state;
}
