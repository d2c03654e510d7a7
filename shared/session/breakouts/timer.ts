// Opening breakouts, their timer (closing warning, extend) and the recall: at the end of the timer,
// or when a facilitator closes them, everyone in a breakout returns to the main room at once.
import type { ActionOf } from '../actions';
import { fail, notify, ok, type Effect, type ReduceResult } from '../effects';
import { isPresent, patchParticipant, type Participant, type SessionState } from '../state';
import { entryEffects, relocate, roomSession, withRunning, type Step } from './spaces';
import { MAIN, MAX_BREAKOUT_EXTEND_MS, MIN_BREAKOUT_EXTEND_MS, type RunningBreakouts } from './types';

const byJoining = (x: Participant, y: Participant): number => x.joinedAt - y.joinedAt || x.peerId.localeCompare(y.peerId);

/** Everyone in a breakout (members and visitors) who is connected, in joining order. */
export function peopleInBreakouts(state: SessionState): Participant[] {
  const where = state.breakouts.running?.where ?? {};
  return Object.values(state.participants).filter((p) => where[p.peerId] !== undefined && p.connected).sort(byJoining);
}

const hasWarning = (r: RunningBreakouts): boolean => r.endsAt !== null && r.warningMs > 0;

function warn(state: SessionState, running: RunningBreakouts & { endsAt: number }): Step {
  const effects: Effect[] = peopleInBreakouts(state).map((p) => notify(p.peerId, { kind: 'breakout_closing', endsAt: running.endsAt }));
  effects.push({ type: 'scheduleTick', at: running.endsAt });
  return { state: withRunning(state, { ...running, warned: true }), effects };
}

/** Schedules the warning and the end; a warning point already reached (short breakouts) warns now. */
function arm(state: SessionState, now: number): Step {
  const running = state.breakouts.running;
  if (!running || running.endsAt === null) return { state, effects: [] };
  const endsAt = running.endsAt;
  if (running.warned || !hasWarning(running)) return { state, effects: [{ type: 'scheduleTick', at: endsAt }] };
  if (endsAt - running.warningMs <= now) return warn(state, { ...running, endsAt });
  return { state, effects: [{ type: 'scheduleTick', at: endsAt - running.warningMs }, { type: 'scheduleTick', at: endsAt }] };
}

export function open(state: SessionState, _a: ActionOf<'breakout:open'>, _actor: Participant, now: number): ReduceResult {
  if (state.breakouts.running) return fail('conflict', 'breakouts are already open');
  const plan = state.breakouts.plan;
  if (!plan) return fail('conflict', 'plan the breakouts first');
  const endsAt = plan.durationMs === null ? null : now + plan.durationMs;
  let next = withRunning(state, {
    rooms: plan.rooms.map((r) => ({ ...r, session: roomSession(), hosts: [], helpAskedAt: null })),
    where: {}, visiting: {}, endsAt, warned: false, warningMs: plan.warningMs, allowReturn: plan.allowReturn,
  });
  const effects: Effect[] = [];
  // Those not here now (waiting, dropped) stay in main: a facilitator can move them later.
  const movers = Object.values(state.participants).filter((p) => isPresent(p) && plan.assignment[p.peerId] !== undefined).sort(byJoining);
  for (const p of movers) {
    const room = plan.rooms.find((r) => r.id === plan.assignment[p.peerId]);
    if (!room) continue;
    const step = relocate(next, p.peerId, room.id, false, now);
    next = step.state;
    effects.push(...step.effects, notify(p.peerId, { kind: 'breakout_opened', roomId: room.id, name: room.name, topic: room.topic, endsAt }));
  }
  const timer = arm(next, now);
  return ok(timer.state, [...effects, ...timer.effects]);
}

/**
 * Everyone back to the main room at once. Rooms are discarded whole (their queues and sticks end with
 * them, nobody is handed a turn on the way out); holds made inside go back to the seat.
 */
export function recall(state: SessionState): Step {
  const running = state.breakouts.running;
  if (!running) return { state, effects: [] };
  let next = withRunning(state, null);
  for (const [peerId, roomId] of Object.entries(running.where)) {
    const copy = running.rooms.find((r) => r.id === roomId)?.session.participants[peerId];
    if (copy && next.participants[peerId]) next = patchParticipant(next, peerId, { mutedBy: copy.mutedBy });
  }
  const effects = peopleInBreakouts(state).flatMap((p): Effect[] => {
    const seat = next.participants[p.peerId] as Participant;
    return [{ type: 'moveToSpace', peerId: p.peerId, space: MAIN }, ...entryEffects(next, seat), notify(p.peerId, { kind: 'breakout_closed' })];
  });
  return { state: next, effects };
}

export function close(state: SessionState): ReduceResult {
  if (!state.breakouts.running) return fail('conflict', 'breakouts are not open');
  const step = recall(state);
  return ok(step.state, step.effects);
}

export function extend(state: SessionState, a: ActionOf<'breakout:extend'>, _actor: Participant, now: number): ReduceResult {
  const running = state.breakouts.running;
  if (!running) return fail('conflict', 'breakouts are not open');
  if (!Number.isInteger(a.byMs) || a.byMs < MIN_BREAKOUT_EXTEND_MS || a.byMs > MAX_BREAKOUT_EXTEND_MS) {
    return fail('invalid_payload', `extend by ${MIN_BREAKOUT_EXTEND_MS} to ${MAX_BREAKOUT_EXTEND_MS} ms`);
  }
  if (running.endsAt === null) return fail('conflict', 'these breakouts have no timer');
  const endsAt = Math.max(running.endsAt, now) + a.byMs;
  // Pushed back out of the warning window, the warning is due again later.
  const warned = running.warned && endsAt - running.warningMs <= now;
  const step = arm(withRunning(state, { ...running, endsAt, warned }), now);
  return ok(step.state, step.effects);
}

/** Server tick: the closing warning once, then the recall at the end. */
export function tickTimer(state: SessionState, now: number): Step {
  const running = state.breakouts.running;
  if (!running || running.endsAt === null) return { state, effects: [] };
  if (now >= running.endsAt) return recall(state);
  if (!running.warned && hasWarning(running) && now >= running.endsAt - running.warningMs) return warn(state, { ...running, endsAt: running.endsAt });
  return { state, effects: [] };
}
