// The one entry point: authorize through the permission table, dispatch to the feature's rule, then
// keep the facilitator-presence bookkeeping true. Pure: same inputs, same output; time is `now`.
import type { Action, ActionOf, ActionType, Actor } from './actions';
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
type PeerType = Exclude<ActionType, ServerType>;
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

export function reduce(state: SessionState, action: Action, actor: Actor, now: number): ReduceResult {
  const who = actor === 'server' ? 'server' : state.participants[actor.peerId];
  const refusal = authorize(action.type, who);
  if (refusal !== null) return fail('not_authorized', refusal);

  let result: ReduceResult;
  if (isServerAction(action)) result = runServer(state, action, now);
  else {
    // authorize() returned null for a peer action, so `who` is a participant.
    const rule = PEER_RULES[action.type] as PeerRule<PeerType>;
    result = rule(state, action as ActionOf<PeerType>, who as Participant, now);
  }
  if ('error' in result) return result;

  const presence = trackPresence(result.state, now);
  const effects: Effect[] = [...result.effects, ...presence.effects];
  return ok(presence.state, effects);
}
