// One room's session rules, held: the reducer's state, the clock, and the one tick timer. `act`
// reduces an action and hands the outcome to the room (which applies effects to mediasoup and
// sockets); a refusal throws an AppError with the reducer's code, and nothing changes. A session
// may start with breakouts planned before it (people placed as they come in).
import {
  createSession, reduce, withPreparedPlan, type Action, type Actor, type Effect, type PreparedPlan, type SessionError, type SessionState, type Settings,
} from '../../../shared/session';
import { AppError } from '../errors';

export interface Outcome {
  before: SessionState;
  after: SessionState;
  effects: Effect[];
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export class LiveSession {
  private current: SessionState;
  /** Times the reducer asked to be ticked at, ascending; the timer runs for the first. */
  private due: number[] = [];
  private timer: { at: number; handle: unknown } | null = null;
  private closed = false;

  constructor(
    start: { settings: Partial<Settings>; blocked?: string[]; prepared?: PreparedPlan },
    private readonly clock: Clock,
    /** Called with every tick's outcome (turn expiry, grace period), which no request awaits. */
    private readonly onTick: (outcome: Outcome) => void,
    /** The prepared plan was refused: the caller logs why; the session starts without it. */
    onPlanRefused: (error: SessionError) => void = () => undefined,
  ) {
    const fresh: SessionState = { ...createSession(start.settings), blocked: start.blocked ?? [] };
    const planned = start.prepared ? withPreparedPlan(fresh, start.prepared) : fresh;
    if ('error' in planned) onPlanRefused(planned.error);
    this.current = 'error' in planned ? fresh : planned;
  }

  get state(): SessionState {
    return this.current;
  }

  now(): number {
    return this.clock.now();
  }

  /** Reduce and keep the new state; throws AppError on refusal. Timers are handled here. */
  act(action: Action, actor: Actor): Outcome {
    const before = this.current;
    const result = reduce(before, action, actor, this.clock.now());
    if ('error' in result) throw new AppError(result.error.code, result.error.message);
    this.current = result.state;
    const effects: Effect[] = [];
    for (const e of result.effects) {
      if (e.type === 'scheduleTick') this.schedule(e.at);
      else effects.push(e);
    }
    return { before, after: result.state, effects };
  }

  close(): void {
    this.closed = true;
    if (this.timer) this.clock.clearTimeout(this.timer.handle);
    this.timer = null;
    this.due = [];
  }

  /** Every requested time is kept (a turn's end must not be lost behind a grace period); one timer runs for the earliest. */
  private schedule(at: number): void {
    if (this.closed || this.due.includes(at)) return;
    this.due = [...this.due, at].sort((a, b) => a - b);
    this.arm();
  }

  private arm(): void {
    const next = this.due[0];
    if (next === undefined || this.timer?.at === next) return;
    if (this.timer) this.clock.clearTimeout(this.timer.handle);
    const handle = this.clock.setTimeout(() => this.fire(), Math.max(0, next - this.clock.now()));
    this.timer = { at: next, handle };
  }

  private fire(): void {
    this.timer = null;
    if (this.closed) return;
    const now = this.clock.now();
    this.due = this.due.filter((at) => at > now);
    const outcome = this.act({ type: 'session:tick' }, 'server');
    this.arm();
    this.onTick(outcome);
  }
}
