// Which session an action acts on while breakouts run. Everything a person does about themselves,
// and every floor and queue control, acts in the space the actor is in, with that space's own seats
// and PERMISSIONS: a member is a member everywhere, a host co-facilitates only their breakout, a
// visiting facilitator facilitates where they visit. A facilitator's mute reaches into any room.
// Who may be here at all (waiting room, remove, lock, roles) is decided in the main session only.
import type { Action, ActionOf, ActionType, Actor } from '../actions';
import { fail, ok, type ReduceResult } from '../effects';
import { authorize } from '../roles';
import type { Participant, SessionState } from '../state';
import { backInto } from './live';
import { renameInPlan } from './plan';
import { isBreakoutType, runBreakout, type BreakoutType } from './rules';
import { findRoom, mainSpace, pullOut, spaceOf, whereIs, withAway, withRoom } from './spaces';
import { tickTimer } from './timer';
import { MAIN } from './types';

/** The plain one-session reducer, injected so this module does not depend on reducer.ts. */
export interface SpaceRules {
  /** Authorizes with the given session's own seats, then applies the rule. */
  reduce(space: SessionState, action: Action, actor: Actor, now: number): ReduceResult;
  /** Applies a peer rule for an actor already authorized (by their main seat). */
  apply(space: SessionState, action: Action, actor: Participant, now: number): ReduceResult;
}

const MAIN_ONLY: ReadonlySet<ActionType> = new Set<ActionType>([
  'waiting:admit', 'waiting:admitAll', 'waiting:decline', 'waiting:sendBack',
  'room:remove', 'room:lock', 'room:unlock', 'room:setWaitingRoom',
  'facilitator:handOver', 'facilitator:promote', 'facilitator:demote',
]);
const REACH: ReadonlySet<ActionType> = new Set<ActionType>(['facilitator:mute', 'facilitator:stopVideo', 'facilitator:askToUnmute']);

/** Runs `fn` on the main room (without the seats of people in breakouts) and puts those seats back. */
function inMain(state: SessionState, fn: (space: SessionState) => ReduceResult): ReduceResult {
  const { space, away } = mainSpace(state);
  const result = fn(space);
  return 'error' in result ? result : ok(withAway(result.state, away), result.effects);
}

function inRoom(state: SessionState, roomId: string, fn: (space: SessionState) => ReduceResult): ReduceResult {
  const room = findRoom(state, roomId);
  if (!room) return fail('not_found', 'no such breakout room');
  const result = fn(room.session);
  return 'error' in result ? result : ok(withRoom(state, { ...room, session: result.state }), result.effects);
}

const inSpace = (state: SessionState, space: string, fn: (s: SessionState) => ReduceResult): ReduceResult =>
  space === MAIN ? inMain(state, fn) : inRoom(state, space, fn);

const targetOf = (action: Action): string | undefined => ('peerId' in action ? action.peerId : undefined);

function mainOnly(state: SessionState, action: Action, seat: Participant | undefined, now: number, rules: SpaceRules): ReduceResult {
  const refusal = authorize(action.type, seat);
  if (refusal !== null || !seat) return fail('not_authorized', refusal ?? 'you are not in this room');
  const target = targetOf(action);
  if (target !== undefined && spaceOf(state, target) !== MAIN) {
    if (action.type !== 'room:remove') return fail('conflict', 'they are in a breakout');
    // Removal reaches into a breakout: nobody has to wait for the recall to be safe.
    const out = pullOut(state, target, now);
    const removed = inMain(out.state, (s) => rules.apply(s, action, seat, now));
    return 'error' in removed ? removed : ok(removed.state, [...out.effects, ...removed.effects]);
  }
  if (action.type === 'facilitator:handOver' && spaceOf(state, seat.peerId) !== MAIN) return fail('conflict', 'return to the main room first');
  return inMain(state, (s) => rules.apply(s, action, seat, now));
}

function leave(state: SessionState, action: Action, seat: Participant | undefined, now: number, rules: SpaceRules): ReduceResult {
  const refusal = authorize(action.type, seat);
  if (refusal !== null || !seat) return fail('not_authorized', refusal ?? 'you are not in this room');
  const out = pullOut(state, seat.peerId, now);
  const left = inMain(out.state, (s) => rules.apply(s, action, seat, now));
  return 'error' in left ? left : ok(left.state, [...out.effects, ...left.effects]);
}

function arrive(state: SessionState, action: ActionOf<'session:arrive'>, now: number, rules: SpaceRules): ReduceResult {
  // The same person on a new connection takes over their seat (arrivals land in main); their old
  // connection leaves the breakout, their place in the plan follows them, and someone who was in a
  // breakout goes back into it, as a member, visitor or host, as before.
  const seat = Object.values(state.participants).find((p) => p.subjectKey === action.subjectKey && p.peerId !== action.peerId);
  if (!seat) return rules.reduce(state, action, 'server', now);
  const was = whereIs(state, seat.peerId);
  const out = pullOut(state, seat.peerId, now);
  const arrived = rules.reduce(renameInPlan(out.state, seat.peerId, action.peerId), action, 'server', now);
  if ('error' in arrived) return arrived;
  const back = backInto(arrived.state, action.peerId, was, now);
  return ok(back.state, [...out.effects, ...arrived.effects, ...back.effects]);
}

/** A dropped connection loses hand and floor in its breakout too; the seat logic stays in main. */
function disconnect(state: SessionState, action: ActionOf<'session:disconnect'>, now: number, rules: SpaceRules): ReduceResult {
  const main = rules.reduce(state, action, 'server', now);
  const space = spaceOf(state, action.peerId);
  if ('error' in main || space === MAIN) return main;
  const room = inRoom(main.state, space, (s) => rules.reduce(s, action, 'server', now));
  return 'error' in room ? main : ok(room.state, [...main.effects, ...room.effects]);
}

/** The breakout timer first (a recall ends the rooms), then every room's own turns, then the main session. */
function tick(state: SessionState, action: ActionOf<'session:tick'>, now: number, rules: SpaceRules): ReduceResult {
  const timer = tickTimer(state, now);
  let next = timer.state;
  const effects = [...timer.effects];
  for (const room of next.breakouts.running?.rooms ?? []) {
    const result = inRoom(next, room.id, (s) => rules.reduce(s, action, 'server', now));
    if ('error' in result) continue;
    next = result.state;
    effects.push(...result.effects);
  }
  const main = rules.reduce(next, action, 'server', now);
  return 'error' in main ? main : ok(main.state, [...effects, ...main.effects]);
}

function serverAction(state: SessionState, action: Action, now: number, rules: SpaceRules): ReduceResult {
  const refusal = authorize(action.type, 'server');
  if (refusal !== null) return fail('not_authorized', refusal);
  switch (action.type) {
    case 'session:arrive':
      return arrive(state, action, now, rules);
    case 'session:disconnect':
      return disconnect(state, action, now, rules);
    case 'session:tick':
      return tick(state, action, now, rules);
    default:
      return rules.reduce(state, action, 'server', now);
  }
}

/** The whole session's reducer, before the bookkeeping that reducer.ts adds (seat sync, presence). */
export function route(state: SessionState, action: Action, actor: Actor, now: number, rules: SpaceRules): ReduceResult {
  if (actor === 'server') return serverAction(state, action, now, rules);
  const seat = state.participants[actor.peerId];
  if (isBreakoutType(action.type)) {
    const refusal = authorize(action.type, seat);
    if (refusal !== null || !seat) return fail('not_authorized', refusal ?? 'you are not in this room');
    return runBreakout(state, action as ActionOf<BreakoutType>, seat, now);
  }
  // Without running breakouts there is one space: exactly the plain reducer.
  if (!state.breakouts.running) return rules.reduce(state, action, actor, now);
  if (action.type === 'session:leave') return leave(state, action, seat, now, rules);
  if (MAIN_ONLY.has(action.type)) return mainOnly(state, action, seat, now, rules);
  const target = targetOf(action);
  if (REACH.has(action.type) && seat && target !== undefined && authorize(action.type, seat) === null) {
    // A facilitator of the session reaches whoever it is, wherever they are.
    return inSpace(state, spaceOf(state, target), (s) => rules.apply(s, action, seat, now));
  }
  return inSpace(state, spaceOf(state, actor.peerId), (s) => rules.reduce(s, action, actor, now));
}
