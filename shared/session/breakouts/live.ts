// While breakouts run: facilitators move people between rooms, add a room, broadcast to every room
// and visit any room (shown as visiting, not as a member); members may return by themselves when allowed.
import type { ActionOf } from '../actions';
import { fail, notify, ok, type Effect, type ReduceResult } from '../effects';
import type { Participant, SessionState } from '../state';
import { roomText } from './plan';
import { findRoom, homeOf, isVisiting, relocate, roomSession, spaceOf, withRoom, withRunning, type Step, type Whereabouts } from './spaces';
import { peopleInBreakouts } from './timer';
import { MAIN, MAX_BREAKOUT_ROOMS, MAX_BROADCAST } from './types';

const NOT_OPEN = 'breakouts are not open';
export const MAIN_ROOM_NAME = 'Main room';

const spaceName = (state: SessionState, space: string): string => (space === MAIN ? MAIN_ROOM_NAME : findRoom(state, space)?.name ?? '');

export function move(state: SessionState, a: ActionOf<'breakout:move'>, _actor: Participant, now: number): ReduceResult {
  if (!state.breakouts.running) return fail('conflict', NOT_OPEN);
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (target.place !== 'room') return fail('conflict', 'that participant is not in the room');
  if (a.to !== MAIN && !findRoom(state, a.to)) return fail('not_found', 'no such breakout room');
  // A visitor moved into the room they visit becomes a member of it.
  if (spaceOf(state, a.peerId) === a.to && !isVisiting(state, a.peerId)) return fail('conflict', 'they are already there');
  // Opting out is a choice made before opening; once open, a facilitator may still move anyone (after asking them).
  const step = relocate(state, a.peerId, a.to, false, now);
  const effects: Effect[] = [...step.effects];
  if (target.connected) effects.push(notify(a.peerId, { kind: 'breakout_moved', to: a.to, name: spaceName(state, a.to) }));
  return ok(step.state, effects);
}

/**
 * Someone back on a new connection (after a drop, or in a second tab) returns to the breakout they
 * were in, as they were there (visitor, host), if it still runs and they are in the room at all.
 */
export function backInto(state: SessionState, peerId: string, was: Whereabouts, now: number): Step {
  const room = findRoom(state, was.space);
  if (was.space === MAIN || !room || state.participants[peerId]?.place !== 'room') return { state, effects: [] };
  const step = relocate(state, peerId, was.space, was.visiting, now);
  const after = findRoom(step.state, was.space);
  const next = was.hosting && after ? withRoom(step.state, { ...after, hosts: [...after.hosts, peerId] }) : step.state;
  return { state: next, effects: [...step.effects, notify(peerId, { kind: 'breakout_moved', to: was.space, name: room.name })] };
}

/**
 * Someone who left (closed the tab, reloaded) and is back in the room while the breakouts run, on
 * arrival or once admitted from the waiting room, goes back to the breakout they were in. Runs as
 * bookkeeping after every action; only people in main with a remembered home move.
 */
export function returnHome(state: SessionState, now: number): Step {
  if (!state.breakouts.running?.homes) return { state, effects: [] };
  let next = state;
  const effects: Effect[] = [];
  for (const p of Object.values(state.participants)) {
    const home = homeOf(next, p.subjectKey);
    if (home === undefined || p.place !== 'room' || spaceOf(next, p.peerId) !== MAIN) continue;
    const back = backInto(next, p.peerId, { space: home, visiting: false, hosting: false }, now);
    next = back.state;
    effects.push(...back.effects);
  }
  return { state: next, effects };
}

export function addRoom(state: SessionState, a: ActionOf<'breakout:addRoom'>): ReduceResult {
  const running = state.breakouts.running;
  if (!running) return fail('conflict', NOT_OPEN);
  if (running.rooms.length >= MAX_BREAKOUT_ROOMS) return fail('conflict', `at most ${MAX_BREAKOUT_ROOMS} rooms`);
  // Ids are never reused while running, so a room id always means the same room.
  const n = Math.max(0, ...running.rooms.map((r) => Number(r.id.slice(1)) || 0)) + 1;
  const text = roomText(n, a.name, a.topic);
  if ('code' in text) return fail(text.code, text.message);
  const room = { id: `b${n}`, ...text, session: roomSession(), hosts: [], helpAskedAt: null };
  return ok(withRunning(state, { ...running, rooms: [...running.rooms, room] }));
}

export function broadcast(state: SessionState, a: ActionOf<'breakout:broadcast'>, actor: Participant): ReduceResult {
  if (!state.breakouts.running) return fail('conflict', NOT_OPEN);
  const message = a.message.trim();
  if (message.length < 1 || message.length > MAX_BROADCAST) return fail('invalid_payload', `a broadcast is 1 to ${MAX_BROADCAST} characters`);
  const to = peopleInBreakouts(state).filter((p) => p.peerId !== actor.peerId);
  return ok(state, to.map((p) => notify(p.peerId, { kind: 'breakout_broadcast', message, from: actor.displayName })));
}

export function visit(state: SessionState, a: ActionOf<'breakout:visit'>, actor: Participant, now: number): ReduceResult {
  if (!state.breakouts.running) return fail('conflict', NOT_OPEN);
  if (a.to === MAIN) {
    if (!isVisiting(state, actor.peerId)) return fail('conflict', 'you are not visiting a breakout');
    const step = relocate(state, actor.peerId, MAIN, false, now);
    return ok(step.state, step.effects);
  }
  const room = findRoom(state, a.to);
  if (!room) return fail('not_found', 'no such breakout room');
  if (spaceOf(state, actor.peerId) === a.to) return fail('conflict', 'you are already there');
  const step = relocate(state, actor.peerId, a.to, true, now);
  // Help has arrived: the request is answered by going there.
  const arrived = findRoom(step.state, a.to);
  const next = arrived && arrived.helpAskedAt !== null ? withRoom(step.state, { ...arrived, helpAskedAt: null }) : step.state;
  return ok(next, step.effects);
}

export function returnToMain(state: SessionState, _a: ActionOf<'breakout:returnToMain'>, actor: Participant, now: number): ReduceResult {
  const running = state.breakouts.running;
  if (!running || spaceOf(state, actor.peerId) === MAIN) return fail('conflict', 'you are in the main room');
  // Facilitators visiting may always go back; members only when the facilitator allowed it.
  if (!isVisiting(state, actor.peerId) && !running.allowReturn) return fail('conflict', 'please stay until the breakouts close');
  const step = relocate(state, actor.peerId, MAIN, false, now);
  return ok(step.state, step.effects);
}
