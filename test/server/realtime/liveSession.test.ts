// The session holder's timer: every time the reducer asks for is kept, one timer runs for the
// earliest, and a refusal changes nothing. A session may start with breakouts planned before it.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/realtime/errors';
import { LiveSession, type Clock, type Outcome } from '../../../server/realtime/session/liveSession';
import type { PreparedPlan, SessionError } from '../../../shared/session';

function fakeClock(start = 1_000_000) {
  let now = start;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const t = { at: now + ms, fn, id: nextId++ };
      timers.push(t);
      return t.id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  return {
    clock,
    pending: () => timers.length,
    advance(ms: number) {
      now += ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!due) return;
        timers = timers.filter((t) => t !== due);
        due.fn();
      }
    },
  };
}

const arrive = (peerId: string, role: 'facilitator' | 'member' | 'co_facilitator') =>
  ({ type: 'session:arrive', peerId, displayName: peerId, role, subjectKey: peerId }) as const;

describe('LiveSession', () => {
  it('throws the reducer refusal as an AppError and keeps the state', () => {
    const f = fakeClock();
    const s = new LiveSession({ settings: { waitingRoom: false } }, f.clock, () => undefined);
    s.act(arrive('m', 'member'), 'server');
    const before = s.state;
    expect(() => s.act({ type: 'facilitator:muteAll' }, { peerId: 'm' })).toThrowError(AppError);
    expect(s.state).toBe(before);
  });

  it('keeps a turn end that falls after an earlier grace tick, and fires both', () => {
    const f = fakeClock();
    const ticks: Outcome[] = [];
    const s = new LiveSession({ settings: { waitingRoom: false, turnMs: 60_000 } }, f.clock, (o) => ticks.push(o));
    s.act(arrive('fac', 'facilitator'), 'server');
    s.act(arrive('co', 'co_facilitator'), 'server');
    s.act(arrive('m', 'member'), 'server');
    s.act({ type: 'stick:on' }, { peerId: 'fac' });
    s.act({ type: 'hand:raise' }, { peerId: 'm' }); // turn ends in 60 s, warning at 30 s
    s.act({ type: 'session:disconnect', peerId: 'fac' }, 'server'); // grace ends in 30 s
    expect(f.pending()).toBe(1); // one timer, for the earliest
    f.advance(30_000);
    expect(s.state.participants.co?.role).toBe('facilitator'); // the co-facilitator took over
    expect(s.state.stick?.speaker).toBe('m');
    f.advance(30_000);
    expect(s.state.stick).toBeNull(); // the turn still ended on time
    expect(ticks.flatMap((o) => o.effects).some((e) => e.type === 'notify' && e.message.kind === 'turn_over')).toBe(true);
  });

  it('stops ticking once closed', () => {
    const f = fakeClock();
    const s = new LiveSession({ settings: { waitingRoom: false, turnMs: 60_000 } }, f.clock, () => undefined);
    s.act(arrive('fac', 'facilitator'), 'server');
    s.act(arrive('m', 'member'), 'server');
    s.act({ type: 'stick:on' }, { peerId: 'fac' });
    s.act({ type: 'hand:raise' }, { peerId: 'm' });
    s.close();
    expect(f.pending()).toBe(0);
    f.advance(120_000);
    expect(s.state.stick?.speaker).toBe('m');
  });

  it('starts with the prepared plan and places people by subject key as they arrive', () => {
    const prepared: PreparedPlan = { rooms: [{ name: 'Pairs' }, {}], assignment: { 'membership:a': 'b2' }, keepApart: [], durationMs: 600_000, allowReturn: false };
    const refused: SessionError[] = [];
    const s = new LiveSession({ settings: { waitingRoom: false }, prepared }, fakeClock().clock, () => undefined, (e) => refused.push(e));
    expect(refused).toEqual([]);
    expect(s.state.breakouts.plan).toMatchObject({ rooms: [{ id: 'b1', name: 'Pairs' }, { id: 'b2', name: 'Circle 2' }], durationMs: 600_000, allowReturn: false, assignment: {} });
    s.act({ ...arrive('peer-a', 'member'), subjectKey: 'membership:a' }, 'server');
    expect(s.state.breakouts.plan?.assignment).toEqual({ 'peer-a': 'b2' });
  });

  it('starts without a prepared plan the rules refuse, and says why', () => {
    const prepared: PreparedPlan = { rooms: [{}], assignment: {}, keepApart: [], durationMs: 1000 };
    const refused: SessionError[] = [];
    const s = new LiveSession({ settings: { waitingRoom: false }, blocked: ['membership:x'], prepared }, fakeClock().clock, () => undefined, (e) => refused.push(e));
    expect(refused.map((e) => e.code)).toEqual(['invalid_payload']);
    expect(s.state.breakouts.plan).toBeNull();
    expect(s.state.blocked).toEqual(['membership:x']);
  });
});
