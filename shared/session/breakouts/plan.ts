// Planning breakouts before they open: rooms with names and topics, auto (balanced random, keep-apart
// pairs) or manual assignment, the timer settings, and members' own choice to stay in the main room.
import type { ActionOf } from '../actions';
import { fail, ok, type ReduceResult } from '../effects';
import { isFacilitating } from '../roles';
import type { Participant, SessionState } from '../state';
import { autoAssign } from './assign';
import {
  DEFAULT_BREAKOUT_WARNING_MS, MAX_BREAKOUT_MS, MAX_BREAKOUT_ROOMS, MAX_BREAKOUT_WARNING_MS, MAX_ROOM_NAME, MAX_ROOM_TOPIC,
  MIN_BREAKOUT_MS, type BreakoutPlan, type BreakoutRoomPlan,
} from './types';

interface Invalid { code: 'invalid_payload' | 'not_found'; message: string }
/** A checked value, or why it was refused. */
type Checked<T> = T | Invalid;
export const isError = <T extends object>(v: Checked<T>): v is Invalid => 'code' in v;

export const defaultRoomName = (n: number): string => `Circle ${n}`;

/** Name and topic of a room, trimmed; an empty name becomes "Circle n". */
export function roomText(n: number, name: string | undefined, topic: string | undefined): Checked<{ name: string; topic: string }> {
  const trimmedName = (name ?? '').trim();
  const trimmedTopic = (topic ?? '').trim();
  if (trimmedName.length > MAX_ROOM_NAME) return { code: 'invalid_payload', message: `a room name is at most ${MAX_ROOM_NAME} characters` };
  if (trimmedTopic.length > MAX_ROOM_TOPIC) return { code: 'invalid_payload', message: `a topic is at most ${MAX_ROOM_TOPIC} characters` };
  return { name: trimmedName || defaultRoomName(n), topic: trimmedTopic };
}

export function planRooms(rooms: ActionOf<'breakout:plan'>['rooms']): Checked<BreakoutRoomPlan[]> {
  if (rooms.length < 1 || rooms.length > MAX_BREAKOUT_ROOMS) return { code: 'invalid_payload', message: `plan 1 to ${MAX_BREAKOUT_ROOMS} rooms` };
  const out: BreakoutRoomPlan[] = [];
  for (const [i, r] of rooms.entries()) {
    const text = roomText(i + 1, r.name, r.topic);
    if (isError(text)) return text;
    out.push({ id: `b${i + 1}`, ...text });
  }
  return out;
}

function keepApartPairs(state: SessionState, pairs: Array<[string, string]>): Checked<Array<[string, string]>> {
  for (const [a, b] of pairs) {
    if (a === b) return { code: 'invalid_payload', message: 'a keep-apart pair needs two different people' };
    if (!state.participants[a] || !state.participants[b]) return { code: 'not_found', message: 'no such participant' };
  }
  return pairs.map(([a, b]): [string, string] => [a, b]);
}

export function timer(a: { durationMs?: number | null; warningMs?: number }): Checked<{ durationMs: number | null; warningMs: number }> {
  const durationMs = a.durationMs ?? null;
  const warningMs = a.warningMs ?? DEFAULT_BREAKOUT_WARNING_MS;
  if (durationMs !== null && (!Number.isInteger(durationMs) || durationMs < MIN_BREAKOUT_MS || durationMs > MAX_BREAKOUT_MS)) {
    return { code: 'invalid_payload', message: `breakouts last between ${MIN_BREAKOUT_MS} and ${MAX_BREAKOUT_MS} ms` };
  }
  if (!Number.isInteger(warningMs) || warningMs < 0 || warningMs > MAX_BREAKOUT_WARNING_MS) {
    return { code: 'invalid_payload', message: `the closing warning comes 0 to ${MAX_BREAKOUT_WARNING_MS} ms before the end` };
  }
  return { durationMs, warningMs };
}

/** Who auto assignment places: present in the main room, not facilitating, not opted out; in joining order. */
function assignable(state: SessionState, optedOut: readonly string[]): string[] {
  return Object.values(state.participants)
    .filter((p: Participant) => p.place === 'room' && p.connected && !isFacilitating(p) && !optedOut.includes(p.peerId))
    .sort((x, y) => x.joinedAt - y.joinedAt || x.peerId.localeCompare(y.peerId))
    .map((p) => p.peerId);
}

const auto = (state: SessionState, plan: Omit<BreakoutPlan, 'assignment'>, seed: number): Record<string, string> =>
  autoAssign(assignable(state, plan.optedOut), plan.rooms.map((r) => r.id), plan.keepApart, seed);

const withPlan = (state: SessionState, plan: BreakoutPlan | null): SessionState => ({ ...state, breakouts: { ...state.breakouts, plan } });

function editable(state: SessionState): BreakoutPlan | { code: 'conflict'; message: string } {
  if (state.breakouts.running) return { code: 'conflict', message: 'breakouts are open: close them first' };
  if (!state.breakouts.plan) return { code: 'conflict', message: 'no breakouts are planned' };
  return state.breakouts.plan;
}

export function plan(state: SessionState, a: ActionOf<'breakout:plan'>): ReduceResult {
  if (state.breakouts.running) return fail('conflict', 'breakouts are open: close them first');
  if (!Number.isFinite(a.seed)) return fail('invalid_payload', 'the seed must be a number');
  const rooms = planRooms(a.rooms);
  if (isError(rooms)) return fail(rooms.code, rooms.message);
  const keepApart = keepApartPairs(state, a.keepApart ?? []);
  if (isError(keepApart)) return fail(keepApart.code, keepApart.message);
  const time = timer(a);
  if (isError(time)) return fail(time.code, time.message);
  // A member's choice to stay in the main room outlives a new plan.
  const base = { rooms, keepApart, ...time, allowReturn: a.allowReturn ?? true, optedOut: state.breakouts.plan?.optedOut ?? [] };
  return ok(withPlan(state, { ...base, assignment: a.mode === 'auto' ? auto(state, base, a.seed) : {} }));
}

export function assign(state: SessionState, a: ActionOf<'breakout:assign'>): ReduceResult {
  const current = editable(state);
  if ('code' in current) return fail(current.code, current.message);
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (target.place !== 'room') return fail('conflict', 'that participant is not in the room');
  const { [a.peerId]: _old, ...rest } = current.assignment;
  if (a.roomId === null) return ok(withPlan(state, { ...current, assignment: rest }));
  if (!current.rooms.some((r) => r.id === a.roomId)) return fail('not_found', 'no such breakout room');
  // Before opening, staying in the main room is the member's own choice.
  if (current.optedOut.includes(a.peerId)) return fail('conflict', 'they chose to stay in the main room');
  return ok(withPlan(state, { ...current, assignment: { ...rest, [a.peerId]: a.roomId } }));
}

export function shuffle(state: SessionState, a: ActionOf<'breakout:shuffle'>): ReduceResult {
  const current = editable(state);
  if ('code' in current) return fail(current.code, current.message);
  if (!Number.isFinite(a.seed)) return fail('invalid_payload', 'the seed must be a number');
  // A shuffle starts afresh: the assignment prepared before the session no longer places late arrivals.
  return ok(withPlan(state, { ...current, assignment: auto(state, current, a.seed), prepared: undefined }));
}

export function optOut(state: SessionState, a: ActionOf<'breakout:optOut'>, actor: Participant): ReduceResult {
  const current = editable(state);
  if ('code' in current) return fail(current.code, current.message);
  const out = current.optedOut.includes(actor.peerId);
  if (out === a.optOut) return fail('conflict', a.optOut ? 'you already stay in the main room' : 'you have not opted out');
  if (!a.optOut) return ok(withPlan(state, { ...current, optedOut: current.optedOut.filter((id) => id !== actor.peerId) }));
  const { [actor.peerId]: _old, ...assignment } = current.assignment;
  return ok(withPlan(state, { ...current, assignment, optedOut: [...current.optedOut, actor.peerId] }));
}

/** Forgets people who are gone from the plan (the same state when nothing changed). */
export function prunePlan(state: SessionState): SessionState {
  const current = state.breakouts.plan;
  if (!current) return state;
  const here = (id: string): boolean => state.participants[id] !== undefined;
  const stale = Object.keys(current.assignment).some((id) => !here(id)) || current.optedOut.some((id) => !here(id)) ||
    current.keepApart.some(([a, b]) => !here(a) || !here(b));
  if (!stale) return state;
  return withPlan(state, {
    ...current,
    assignment: Object.fromEntries(Object.entries(current.assignment).filter(([id]) => here(id))),
    optedOut: current.optedOut.filter(here),
    keepApart: current.keepApart.filter(([a, b]) => here(a) && here(b)),
  });
}

/** The same person on a new connection keeps their place in the plan. */
export function renameInPlan(state: SessionState, from: string, to: string): SessionState {
  const current = state.breakouts.plan;
  if (!current || from === to) return state;
  const rename = (id: string): string => (id === from ? to : id);
  return withPlan(state, {
    ...current,
    assignment: Object.fromEntries(Object.entries(current.assignment).map(([id, room]) => [rename(id), room])),
    optedOut: current.optedOut.map(rename),
    keepApart: current.keepApart.map(([a, b]): [string, string] => [rename(a), rename(b)]),
  });
}
