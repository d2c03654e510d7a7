// Breakouts planned before the session (stored with the session's occurrence): rooms, timer and an
// assignment by subject key (the person, whatever connection they come on). The live session starts
// with that plan; each person is placed in it as they enter the room, and their entry is then used
// up, so a facilitator's later change (unassign, opt-out, shuffle) is never undone by the prepared one.
import type { SessionError } from '../effects';
import type { SessionState } from '../state';
import { isError, planRooms, timer } from './plan';
import type { BreakoutPlan, PreparedPlan } from './types';

/** The session with the prepared plan in place (present people placed), or why the plan is refused. */
export function withPreparedPlan(state: SessionState, prepared: PreparedPlan): SessionState | { error: SessionError } {
  if (state.breakouts.running || state.breakouts.plan) return { error: { code: 'conflict', message: 'breakouts are already planned in this session' } };
  const rooms = planRooms(prepared.rooms);
  if (isError(rooms)) return { error: rooms };
  const time = timer(prepared);
  if (isError(time)) return { error: time };
  const ids = new Set(rooms.map((r) => r.id));
  const assignment = Object.fromEntries(Object.entries(prepared.assignment).filter(([, room]) => ids.has(room)));
  const keepApart = prepared.keepApart.filter(([a, b]) => a !== b);
  const plan: BreakoutPlan = {
    rooms, ...time, allowReturn: prepared.allowReturn ?? true, assignment: {}, keepApart: [], optedOut: [], prepared: { assignment, keepApart },
  };
  return placePrepared({ ...state, breakouts: { ...state.breakouts, plan } });
}

/** Places everyone in the room whom the prepared plan names and who is not placed yet (the same state when nobody is). */
export function placePrepared(state: SessionState): SessionState {
  const plan = state.breakouts.plan;
  const prepared = plan?.prepared;
  if (!plan || !prepared || state.breakouts.running) return state;
  const present = new Map<string, string>(); // subject key → peerId of people in the room
  for (const p of Object.values(state.participants)) if (p.place === 'room') present.set(p.subjectKey, p.peerId);

  let assignment = plan.assignment;
  const left: Record<string, string> = {};
  for (const [key, room] of Object.entries(prepared.assignment)) {
    const peerId = present.get(key);
    if (peerId === undefined) left[key] = room;
    else if (assignment[peerId] === undefined && !plan.optedOut.includes(peerId)) assignment = { ...assignment, [peerId]: room };
  }
  let keepApart = plan.keepApart;
  const apart: Array<[string, string]> = [];
  for (const [a, b] of prepared.keepApart) {
    const pa = present.get(a);
    const pb = present.get(b);
    if (pa === undefined || pb === undefined) apart.push([a, b]);
    else keepApart = [...keepApart, [pa, pb]];
  }
  if (Object.keys(left).length === Object.keys(prepared.assignment).length && apart.length === prepared.keepApart.length) return state;
  const done = Object.keys(left).length === 0 && apart.length === 0;
  const next: BreakoutPlan = { ...plan, assignment, keepApart, prepared: done ? undefined : { assignment: left, keepApart: apart } };
  return { ...state, breakouts: { ...state.breakouts, plan: next } };
}
