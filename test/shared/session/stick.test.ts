import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/session';
import { effectsOfType, peer, reduceOk, refuse, room, T0 } from './helpers';

const TURN = 180_000;
const tick = (s: SessionState, now: number) => reduceOk(s, { type: 'session:tick' }, 'server', now);

/** tgt then mem raise hands; the stick goes on at T0 and tgt speaks until T0 + 3 min. */
function speaking(settings = {}): SessionState {
  let s = room(settings);
  s = reduceOk(s, { type: 'hand:raise' }, peer('tgt'), T0 - 20).state;
  s = reduceOk(s, { type: 'hand:raise' }, peer('mem'), T0 - 10).state;
  return reduceOk(s, { type: 'stick:on' }, peer('fac'), T0).state;
}

describe('turning the stick on and off', () => {
  it('pauses every non-facilitating mic, then invites the head of the queue (never forces)', () => {
    let s = reduceOk(room(), { type: 'hand:raise' }, peer('tgt')).state;
    const { state, effects } = reduceOk(s, { type: 'stick:on' }, peer('co'), T0);
    s = state;
    expect(effectsOfType(effects, 'pauseProducer').map((e) => e.peerId).sort()).toEqual(['m2', 'mem', 'tgt']);
    expect(s.stick).toEqual({ speaker: 'tgt', endsAt: T0 + TURN, warned: false, awaitingConfirm: false });
    expect(s.queue).toEqual([]);
    expect(effects.slice(-3)).toEqual([
      { type: 'resumeProducerAllowed', peerId: 'tgt', source: 'mic' },
      { type: 'notify', peerId: 'tgt', message: { kind: 'your_turn', endsAt: T0 + TURN } },
      { type: 'scheduleTick', at: T0 + TURN - 30_000 },
    ]);
  });

  it('with an empty queue the floor stays with the facilitators', () => {
    const s = reduceOk(room(), { type: 'stick:on' }, peer('fac')).state;
    expect(s.settings.floor).toBe('stick');
    expect(s.stick).toBeNull();
    expect(refuse(s, { type: 'stick:on' }, peer('fac')).code).toBe('conflict');
  });

  it('off: open floor again, members allowed (not forced) back on, except those a facilitator muted', () => {
    let s = reduceOk(speaking(), { type: 'facilitator:mute', peerId: 'm2' }, peer('fac')).state;
    const { state, effects } = reduceOk(s, { type: 'stick:off' }, peer('fac'));
    s = state;
    expect(s.settings.floor).toBe('open');
    expect(s.stick).toBeNull();
    expect(effects.map((e) => e.type)).toEqual(['resumeProducerAllowed', 'resumeProducerAllowed']);
    expect(effectsOfType(effects, 'resumeProducerAllowed').map((e) => e.peerId).sort()).toEqual(['mem', 'tgt']);
    expect(refuse(s, { type: 'stick:off' }, peer('fac')).code).toBe('conflict');
  });

  it('a facilitator-muted head of queue gets the floor but no permission to unmute', () => {
    let s = reduceOk(room(), { type: 'hand:raise' }, peer('tgt')).state;
    s = reduceOk(s, { type: 'facilitator:mute', peerId: 'tgt' }, peer('fac')).state;
    const { effects } = reduceOk(s, { type: 'stick:on' }, peer('fac'));
    expect(effectsOfType(effects, 'resumeProducerAllowed')).toEqual([]);
  });
});

describe('turn timing (injected time)', () => {
  it('does nothing before the warning point', () => {
    const s = speaking();
    const { state, effects } = tick(s, T0 + TURN - 30_001);
    expect(state).toBe(s);
    expect(effects).toEqual([]);
  });

  it('warns the speaker once at 30 s left and schedules the expiry', () => {
    const { state, effects } = tick(speaking(), T0 + TURN - 30_000);
    expect(state.stick?.warned).toBe(true);
    expect(effects).toEqual([
      { type: 'notify', peerId: 'tgt', message: { kind: 'turn_warning', endsAt: T0 + TURN } },
      { type: 'scheduleTick', at: T0 + TURN },
    ]);
    expect(tick(state, T0 + TURN - 1).effects).toEqual([]);
  });

  it('at expiry with autoPass, the floor passes to the next in the queue', () => {
    const { state, effects } = tick(speaking(), T0 + TURN);
    expect(state.stick).toEqual({ speaker: 'mem', endsAt: T0 + 2 * TURN, warned: false, awaitingConfirm: false });
    expect(effects).toContainEqual({ type: 'pauseProducer', peerId: 'tgt', source: 'mic' });
    expect(effects).toContainEqual({ type: 'notify', peerId: 'tgt', message: { kind: 'turn_over' } });
    expect(effects).toContainEqual({ type: 'notify', peerId: 'mem', message: { kind: 'your_turn', endsAt: T0 + 2 * TURN } });
  });

  it('at expiry without autoPass, it waits for a facilitator to skip', () => {
    const s = tick(speaking({ autoPass: false }), T0 + TURN).state;
    expect(s.stick).toMatchObject({ speaker: 'tgt', awaitingConfirm: true });
    expect(tick(s, T0 + TURN + 60_000).state).toBe(s);
    const skipped = reduceOk(s, { type: 'stick:skip' }, peer('fac'), T0 + TURN + 5).state;
    expect(skipped.stick?.speaker).toBe('mem');
  });

  it('when the queue runs out the floor returns to the facilitators', () => {
    let s = tick(speaking(), T0 + TURN).state;
    s = tick(s, T0 + 2 * TURN).state;
    expect(s.stick).toBeNull();
    expect(s.settings.floor).toBe('stick');
  });

  it('extend moves the end, re-arms the warning, and restarts an expired turn from now', () => {
    const warned = tick(speaking(), T0 + TURN - 10_000).state;
    const { state, effects } = reduceOk(warned, { type: 'stick:extend', byMs: 60_000 }, peer('co'), T0 + TURN - 10_000);
    expect(state.stick).toMatchObject({ endsAt: T0 + TURN + 60_000, warned: false });
    expect(effects).toEqual([{ type: 'scheduleTick', at: T0 + TURN + 30_000 }]);

    const expired = tick(speaking({ autoPass: false }), T0 + TURN + 1000).state;
    const again = reduceOk(expired, { type: 'stick:extend', byMs: 20_000 }, peer('fac'), T0 + TURN + 5000).state;
    expect(again.stick).toMatchObject({ endsAt: T0 + TURN + 25_000, warned: true, awaitingConfirm: false });
  });

  it('extend refuses bad lengths and an empty floor', () => {
    expect(refuse(speaking(), { type: 'stick:extend', byMs: 0 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(speaking(), { type: 'stick:extend', byMs: 1.5 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { type: 'stick:extend', byMs: 1000 }, peer('fac')).code).toBe('conflict');
  });

  it('turn length applies from the next turn and is range-checked', () => {
    const s = reduceOk(speaking(), { type: 'stick:setTurnLength', turnMs: 60_000 }, peer('fac')).state;
    expect(s.stick?.endsAt).toBe(T0 + TURN);
    expect(tick(s, T0 + TURN).state.stick?.endsAt).toBe(T0 + TURN + 60_000);
    expect(refuse(s, { type: 'stick:setTurnLength', turnMs: 9_999 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(s, { type: 'stick:setTurnLength', turnMs: 3_600_001 }, peer('fac')).code).toBe('invalid_payload');
  });
});

describe('auto-pass', () => {
  it('a facilitator chooses whether a finished turn passes on by itself; switching it on passes a waiting turn on', () => {
    let s = reduceOk(speaking(), { type: 'stick:setAutoPass', autoPass: false }, peer('co'), T0 + 5).state;
    expect(s.settings.autoPass).toBe(false);
    s = tick(s, T0 + TURN).state;
    expect(s.stick).toMatchObject({ speaker: 'tgt', awaitingConfirm: true });
    const { state, effects } = reduceOk(s, { type: 'stick:setAutoPass', autoPass: true }, peer('fac'), T0 + TURN + 2000);
    expect(state.stick).toMatchObject({ speaker: 'mem', awaitingConfirm: false, endsAt: T0 + TURN + 2000 + TURN });
    expect(effects).toContainEqual({ type: 'pauseProducer', peerId: 'tgt', source: 'mic' });
    expect(effects).toContainEqual({ type: 'notify', peerId: 'mem', message: { kind: 'your_turn', endsAt: T0 + TURN + 2000 + TURN } });
    // Switching it off mid-turn changes nothing now.
    expect(reduceOk(speaking(), { type: 'stick:setAutoPass', autoPass: false }, peer('fac')).state.stick).toEqual(speaking().stick);
  });
});

describe('passing the floor', () => {
  it('the speaker may pass or finish early; others may not', () => {
    expect(reduceOk(speaking(), { type: 'stick:pass' }, peer('tgt'), T0 + 5).state.stick?.speaker).toBe('mem');
    expect(reduceOk(speaking(), { type: 'stick:finish' }, peer('tgt'), T0 + 5).state.stick?.speaker).toBe('mem');
    expect(refuse(speaking(), { type: 'stick:pass' }, peer('mem')).code).toBe('conflict');
    expect(refuse(speaking(), { type: 'stick:finish' }, peer('m2')).code).toBe('conflict');
  });

  it('a facilitator can give the floor to anyone in the room, who leaves the queue', () => {
    const { state } = reduceOk(speaking(), { type: 'stick:giveFloor', peerId: 'mem' }, peer('co'), T0 + 5);
    expect(state.stick?.speaker).toBe('mem');
    expect(state.queue).toEqual([]);
    expect(refuse(speaking(), { type: 'stick:giveFloor', peerId: 'tgt' }, peer('fac')).code).toBe('conflict');
    expect(refuse(speaking(), { type: 'stick:giveFloor', peerId: 'wait' }, peer('fac')).code).toBe('conflict');
    expect(refuse(speaking(), { type: 'stick:giveFloor', peerId: 'ghost' }, peer('fac')).code).toBe('not_found');
    expect(refuse(room(), { type: 'stick:giveFloor', peerId: 'tgt' }, peer('fac')).code).toBe('conflict');
  });

  it('skip needs someone on the floor', () => {
    expect(refuse(reduceOk(room(), { type: 'stick:on' }, peer('fac')).state, { type: 'stick:skip' }, peer('fac')).code).toBe('conflict');
  });

  it('the speaker leaving or dropping passes the floor on', () => {
    expect(reduceOk(speaking(), { type: 'session:leave' }, peer('tgt'), T0 + 1).state.stick?.speaker).toBe('mem');
    expect(reduceOk(speaking(), { type: 'session:disconnect', peerId: 'tgt' }, 'server', T0 + 1).state.stick?.speaker).toBe('mem');
  });
});

describe('rounds', () => {
  it('walks the chosen order before the queue; members may pass, now or ahead of their turn', () => {
    let s = reduceOk(speaking(), { type: 'round:start', order: ['m2', 'co', 'mem'] }, peer('fac'), T0 + 1).state;
    expect(s.stick?.speaker).toBe('m2');
    expect(s.round).toEqual({ remaining: ['co', 'mem'] });
    s = reduceOk(s, { type: 'stick:pass' }, peer('mem'), T0 + 2).state; // passes ahead of time
    expect(s.round).toEqual({ remaining: ['co'] });
    s = reduceOk(s, { type: 'stick:pass' }, peer('m2'), T0 + 3).state;
    expect(s.stick?.speaker).toBe('co');
    s = reduceOk(s, { type: 'stick:finish' }, peer('co'), T0 + 4).state;
    // round done: back to the hand queue, where mem's hand is still up
    expect(s.round).toBeNull();
    expect(s.stick?.speaker).toBe('mem');
  });

  it('validates the order and needs the stick on', () => {
    const s = speaking();
    expect(refuse(s, { type: 'round:start', order: [] }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(s, { type: 'round:start', order: ['m2', 'm2'] }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(s, { type: 'round:start', order: ['m2', 'ghost'] }, peer('fac')).code).toBe('not_found');
    expect(refuse(s, { type: 'round:start', order: ['m2', 'wait'] }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'round:start', order: ['m2'] }, peer('fac')).code).toBe('conflict');
  });

  it('skips someone in the order who has disconnected', () => {
    let s = reduceOk(speaking(), { type: 'session:disconnect', peerId: 'm2' }, 'server', T0 + 1).state;
    s = reduceOk(s, { type: 'round:start', order: ['m2', 'mem'] }, peer('fac'), T0 + 2).state;
    expect(s.stick?.speaker).toBe('mem');
  });
});
