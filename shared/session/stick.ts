// The talking stick: one speaker at a time with a timed turn. The speaker is only ALLOWED to unmute;
// everyone else who is not facilitating stays paused on the server while the stick is on.
import type { ActionOf } from './actions';
import { fail, notify, ok, type Effect, type ReduceResult } from './effects';
import { isFacilitating } from './roles';
import {
  inRoom, isPresent, MAX_EXTEND_MS, MAX_TURN_MS, MIN_TURN_MS, patchParticipant, WARNING_MS,
  type Participant, type SessionState,
} from './state';

interface Step { state: SessionState; effects: Effect[] }

const nextTickFor = (endsAt: number, warned: boolean): Effect => ({ type: 'scheduleTick', at: warned ? endsAt : endsAt - WARNING_MS });

/** Ends the current turn: the speaker goes back to being paused unless they facilitate. */
function endTurn(state: SessionState): Step {
  const speaker = state.stick ? state.participants[state.stick.speaker] : undefined;
  const effects: Effect[] = [];
  if (speaker && speaker.place === 'room') {
    if (!isFacilitating(speaker)) effects.push({ type: 'pauseProducer', peerId: speaker.peerId, source: 'mic' });
    effects.push(notify(speaker.peerId, { kind: 'turn_over' }));
  }
  return { state: { ...state, stick: null }, effects };
}

/** Gives the stick to `peerId` now, taking them out of the queue (they are no longer waiting to speak). */
export function startTurn(state: SessionState, peerId: string, now: number): Step {
  const ended = endTurn(state);
  let next: SessionState = { ...ended.state, queue: ended.state.queue.filter((id) => id !== peerId) };
  next = patchParticipant(next, peerId, { handRaisedAt: null });
  const endsAt = now + next.settings.turnMs;
  const warned = next.settings.turnMs <= WARNING_MS;
  next = { ...next, stick: { speaker: peerId, endsAt, warned, awaitingConfirm: false } };
  const effects = [...ended.effects];
  // A facilitator mute outlives the turn: the speaker gets the floor but must be asked to unmute.
  if (!next.participants[peerId]?.mutedBy.mic) effects.push({ type: 'resumeProducerAllowed', peerId, source: 'mic' });
  effects.push(notify(peerId, { kind: 'your_turn', endsAt }), nextTickFor(endsAt, warned));
  return { state: next, effects };
}

/** Passes the floor: the round first (it was started on purpose), then the hand queue, else to the facilitators. */
export function advance(state: SessionState, now: number): Step {
  const ended = endTurn(state);
  let next = ended.state;
  if (next.round) {
    const remaining = [...next.round.remaining];
    while (remaining.length > 0) {
      const id = remaining.shift() as string;
      if (isPresent(next.participants[id])) {
        const started = startTurn({ ...next, round: { remaining } }, id, now);
        return { state: started.state, effects: [...ended.effects, ...started.effects] };
      }
    }
    next = { ...next, round: null };
  }
  const head = next.queue.find((id) => isPresent(next.participants[id]));
  if (head !== undefined) {
    const started = startTurn(next, head, now);
    return { state: started.state, effects: [...ended.effects, ...started.effects] };
  }
  return { state: next, effects: ended.effects };
}

/** Takes a peer out of everything that would give them the floor (leaving, removed, sent back). */
export function dropFromFloor(state: SessionState, peerId: string, now: number): Step {
  let next: SessionState = {
    ...state,
    queue: state.queue.filter((id) => id !== peerId),
    round: state.round ? { remaining: state.round.remaining.filter((id) => id !== peerId) } : null,
  };
  next = patchParticipant(next, peerId, { handRaisedAt: null });
  if (next.stick?.speaker === peerId) return advance(next, now);
  return { state: next, effects: [] };
}

const micPausedUnderStick = (p: Participant): boolean => p.place === 'room' && !isFacilitating(p);

export function stickOn(state: SessionState, _a: ActionOf<'stick:on'>, _actor: Participant, now: number): ReduceResult {
  if (state.settings.floor === 'stick') return fail('conflict', 'the talking stick is already on');
  const on: SessionState = { ...state, settings: { ...state.settings, floor: 'stick' } };
  const pauses: Effect[] = inRoom(on)
    .filter(micPausedUnderStick)
    .map((p) => ({ type: 'pauseProducer', peerId: p.peerId, source: 'mic' }));
  const step = advance(on, now);
  return ok(step.state, [...pauses, ...step.effects]);
}

export function stickOff(state: SessionState): ReduceResult {
  if (state.settings.floor === 'open') return fail('conflict', 'the talking stick is already off');
  const off: SessionState = { ...state, settings: { ...state.settings, floor: 'open' }, stick: null, round: null };
  // Open floor: everyone may unmute themselves again, except whom a facilitator muted.
  const allowed: Effect[] = inRoom(off)
    .filter((p) => micPausedUnderStick(p) && !p.mutedBy.mic)
    .map((p) => ({ type: 'resumeProducerAllowed', peerId: p.peerId, source: 'mic' }));
  return ok(off, allowed);
}

export function setTurnLength(state: SessionState, a: ActionOf<'stick:setTurnLength'>): ReduceResult {
  if (!Number.isInteger(a.turnMs) || a.turnMs < MIN_TURN_MS || a.turnMs > MAX_TURN_MS) {
    return fail('invalid_payload', `a turn lasts between ${MIN_TURN_MS} and ${MAX_TURN_MS} ms`);
  }
  // Applies from the next turn: changing the running countdown is what `extend` is for.
  return ok({ ...state, settings: { ...state.settings, turnMs: a.turnMs } });
}

/**
 * At a turn's end: pass the stick on by itself (autoPass), or keep the speaker until a facilitator
 * skips or extends. Switching it on while a finished turn waits passes the stick on at once.
 */
export function setAutoPass(state: SessionState, a: ActionOf<'stick:setAutoPass'>, _actor: Participant, now: number): ReduceResult {
  const next = { ...state, settings: { ...state.settings, autoPass: a.autoPass } };
  if (a.autoPass && next.stick?.awaitingConfirm) {
    const step = advance(next, now);
    return ok(step.state, step.effects);
  }
  return ok(next);
}

export function extend(state: SessionState, a: ActionOf<'stick:extend'>, _actor: Participant, now: number): ReduceResult {
  if (!Number.isInteger(a.byMs) || a.byMs <= 0 || a.byMs > MAX_EXTEND_MS) {
    return fail('invalid_payload', `extend by 1 to ${MAX_EXTEND_MS} ms`);
  }
  if (!state.stick) return fail('conflict', 'nobody holds the stick');
  // An expired turn waiting for confirmation restarts its clock from now.
  const endsAt = Math.max(state.stick.endsAt, now) + a.byMs;
  const warned = endsAt - now <= WARNING_MS;
  return ok({ ...state, stick: { ...state.stick, endsAt, warned, awaitingConfirm: false } }, [nextTickFor(endsAt, warned)]);
}

export function skip(state: SessionState, _a: ActionOf<'stick:skip'>, _actor: Participant, now: number): ReduceResult {
  if (state.settings.floor !== 'stick') return fail('conflict', 'the talking stick is off');
  if (!state.stick) return fail('conflict', 'nobody holds the stick');
  const step = advance(state, now);
  return ok(step.state, step.effects);
}

export function giveFloor(state: SessionState, a: ActionOf<'stick:giveFloor'>, _actor: Participant, now: number): ReduceResult {
  if (state.settings.floor !== 'stick') return fail('conflict', 'the talking stick is off');
  const target = state.participants[a.peerId];
  if (!target) return fail('not_found', 'no such participant');
  if (!isPresent(target)) return fail('conflict', 'that participant is not in the room');
  if (state.stick?.speaker === a.peerId) return fail('conflict', 'they already hold the stick');
  const step = startTurn(state, a.peerId, now);
  return ok(step.state, step.effects);
}

/** The speaker yields; in a round, someone whose turn is still to come may also pass ahead of time. */
export function pass(state: SessionState, _a: ActionOf<'stick:pass'>, actor: Participant, now: number): ReduceResult {
  if (state.stick?.speaker === actor.peerId) {
    const step = advance(state, now);
    return ok(step.state, step.effects);
  }
  if (state.round?.remaining.includes(actor.peerId)) {
    return ok({ ...state, round: { remaining: state.round.remaining.filter((id) => id !== actor.peerId) } });
  }
  return fail('conflict', 'it is not your turn');
}

export function finish(state: SessionState, _a: ActionOf<'stick:finish'>, actor: Participant, now: number): ReduceResult {
  if (state.stick?.speaker !== actor.peerId) return fail('conflict', 'you do not hold the stick');
  const step = advance(state, now);
  return ok(step.state, step.effects);
}

export function startRound(state: SessionState, a: ActionOf<'round:start'>, _actor: Participant, now: number): ReduceResult {
  if (a.order.length === 0 || new Set(a.order).size !== a.order.length) {
    return fail('invalid_payload', 'a round needs a non-empty order without repeats');
  }
  const missing = a.order.find((id) => state.participants[id] === undefined);
  if (missing !== undefined) return fail('not_found', 'no such participant');
  if (a.order.some((id) => state.participants[id]?.place !== 'room')) return fail('conflict', 'someone in the order is not in the room');
  // A round is a stick activity; turning the stick on is a separate, visible decision.
  if (state.settings.floor !== 'stick') return fail('conflict', 'turn the talking stick on first');
  const step = advance({ ...state, round: { remaining: a.order } }, now);
  return ok(step.state, step.effects);
}

/** Timer: the 30 s warning, then at expiry pass on (autoPass) or hold for a facilitator's skip/extend. */
export function tickStick(state: SessionState, now: number): Step {
  const stick = state.stick;
  if (!stick || stick.awaitingConfirm) return { state, effects: [] };
  if (now >= stick.endsAt) {
    if (state.settings.autoPass) return advance(state, now);
    return {
      state: { ...state, stick: { ...stick, warned: true, awaitingConfirm: true } },
      effects: [notify(stick.speaker, { kind: 'turn_over' })],
    };
  }
  if (!stick.warned && now >= stick.endsAt - WARNING_MS) {
    return {
      state: { ...state, stick: { ...stick, warned: true } },
      effects: [notify(stick.speaker, { kind: 'turn_warning', endsAt: stick.endsAt }), { type: 'scheduleTick', at: stick.endsAt }],
    };
  }
  return { state, effects: [] };
}
