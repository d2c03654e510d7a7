// The one entry point: route to the space the action acts on (the main room or a breakout, see
// breakouts/routing.ts), authorize through the permission table, dispatch to the feature's rule, then
// keep the bookkeeping true (seats and their breakout copies, facilitator presence). Pure: same
// inputs, same output; time is `now`.
import type { Action, ActionOf, ActionType, Actor } from './actions';
import { returnHome } from './breakouts/live';
import { prunePlan } from './breakouts/plan';
import { placePrepared } from './breakouts/prepared';
import { route, type SpaceRules } from './breakouts/routing';
import type { BreakoutType } from './breakouts/rules';
import { syncSeats } from './breakouts/spaces';
import { fail, ok, type Effect, type ReduceResult } from './effects';
import { demote, handOver, promote, tickGrace, trackPresence } from './handover';
import { askToUnmute, mute, muteAll, selfUnmute, stopVideo } from './mute';
import { clear, lower, raise, removeHand, reorder } from './queue';
import { authorize } from './roles';
import { disconnect, leave, lock, releaseSeats, remove, setWaitingRoom, unlock } from './room';
import type { Participant, SessionState } from './state';
import { extend, finish, giveFloor, pass, setAutoPass, setTurnLength, skip, startRound, stickOff, stickOn, tickStick } from './stick';
import { admit, admitAll, arrive, decline, sendBack } from './waiting';

type ServerType = 'session:arrive' | 'session:disconnect' | 'session:tick';
type PeerType = Exclude<ActionType, ServerType | BreakoutType>;
type PeerRule<T extends PeerType> = (state: SessionState, action: ActionOf<T>, actor: Participant, now: number) => ReduceResult;

const PEER_RULES: { [T in PeerType]: PeerRule<T> } = {
  'session:leave': leave,
  'hand:raise': raise,
  'hand:lower': lower,
  'media:selfUnmute': selfUnmute,
  'stick:pass': pass,
  'stick:finish': finish,
  'waiting:admit': admit,
  'waiting:admitAll': admitAll,
  'waiting:decline': decline,
  'waiting:sendBack': sendBack,
  'room:remove': remove,
  'room:lock': lock,
  'room:unlock': unlock,
  'room:setWaitingRoom': setWaitingRoom,
  'facilitator:handOver': handOver,
  'facilitator:promote': promote,
  'facilitator:demote': demote,
  'facilitator:mute': mute,
  'facilitator:muteAll': muteAll,
  'facilitator:stopVideo': stopVideo,
  'facilitator:askToUnmute': askToUnmute,
  'queue:reorder': reorder,
  'queue:remove': removeHand,
  'queue:clear': clear,
  'stick:on': stickOn,
  'stick:off': stickOff,
  'stick:setTurnLength': setTurnLength,
  'stick:setAutoPass': setAutoPass,
  'stick:extend': extend,
  'stick:skip': skip,
  'stick:giveFloor': giveFloor,
  'round:start': startRound,
};

function tick(state: SessionState, now: number): ReduceResult {
  const stick = tickStick(releaseSeats(state, now), now);
  const grace = tickGrace(stick.state, now);
  return ok(grace.state, [...stick.effects, ...grace.effects]);
}

function runServer(state: SessionState, action: Extract<Action, { type: ServerType }>, now: number): ReduceResult {
  switch (action.type) {
    case 'session:arrive':
      return arrive(state, action, now);
    case 'session:disconnect':
      return disconnect(state, action, now);
    case 'session:tick':
      return tick(state, now);
  }
}

function isServerAction(action: Action): action is Extract<Action, { type: ServerType }> {
  return action.type === 'session:arrive' || action.type === 'session:disconnect' || action.type === 'session:tick';
}

/** One session on its own (the main room, or a breakout's session): authorize with its seats, then apply. */
function reduceSpace(state: SessionState, action: Action, actor: Actor, now: number): ReduceResult {
  const who = actor === 'server' ? 'server' : state.participants[actor.peerId];
  const refusal = authorize(action.type, who);
  if (refusal !== null) return fail('not_authorized', refusal);
  if (isServerAction(action)) return runServer(state, action, now);
  // authorize() returned null for a peer action, so `who` is a participant.
  return applyRule(state, action, who as Participant, now);
}

function applyRule(state: SessionState, action: Action, actor: Participant, now: number): ReduceResult {
  if (isServerAction(action)) return runServer(state, action, now);
  if (action.type.startsWith('breakout:')) return fail('conflict', 'breakouts are run from the main session');
  const rule = PEER_RULES[action.type as PeerType] as PeerRule<PeerType>;
  return rule(state, action as ActionOf<PeerType>, actor, now);
}

const SPACE_RULES: SpaceRules = { reduce: reduceSpace, apply: applyRule };

/** Several rules may ask for a tick at the same moment; one is enough. */
function withoutRepeatTicks(effects: Effect[]): Effect[] {
  const seen = new Set<number>();
  return effects.filter((e) => {
    if (e.type !== 'scheduleTick') return true;
    if (seen.has(e.at)) return false;
    seen.add(e.at);
    return true;
  });
}

export function reduce(state: SessionState, action: Action, actor: Actor, now: number): ReduceResult {
  const result = route(state, action, actor, now, SPACE_RULES);
  if ('error' in result) return result;
  const synced = syncSeats(result.state, now);
  const home = returnHome(synced.state, now);
  const presence = trackPresence(placePrepared(prunePlan(home.state)), now);
  return ok(presence.state, withoutRepeatTicks([...result.effects, ...synced.effects, ...home.effects, ...presence.effects]));
}
