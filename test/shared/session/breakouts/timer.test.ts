import { describe, expect, it } from 'vitest';
import { roomView, spaceOf, type SessionState } from '../../../../shared/session';
import { effectsOfType, opened, peer, planned, reduceOk, refuse, room, T0 } from '../helpers';

const TEN_MIN = 600_000;
const tick = (s: SessionState, now: number) => reduceOk(s, { type: 'session:tick' }, 'server', now);
const copyIn = (s: SessionState, roomId: string, peerId: string) => s.breakouts.running?.rooms.find((r) => r.id === roomId)?.session.participants[peerId];

describe('opening breakouts', () => {
  it('moves every assigned person who is present into a fresh session of their room', () => {
    const { state, effects } = reduceOk(planned(room(), { mem: 'b1', tgt: 'b1', m2: 'b2' }), { type: 'breakout:open' }, peer('fac'), T0);
    const running = state.breakouts.running;
    expect(running?.where).toEqual({ mem: 'b1', tgt: 'b1', m2: 'b2' });
    expect(running?.visiting).toEqual({});
    expect(running?.endsAt).toBeNull();
    expect(Object.keys(running?.rooms[0]?.session.participants ?? {}).sort()).toEqual(['mem', 'tgt']);
    expect(running?.rooms[1]?.session.settings).toMatchObject({ waitingRoom: false, floor: 'open', locked: false });
    expect(running?.rooms[1]?.session.breakouts).toEqual({ plan: null, running: null });
    // Seats stay in main; the main room's view no longer lists them.
    expect(state.participants.mem?.place).toBe('room');
    expect(roomView(state).participants.map((p) => p.peerId)).toEqual(['fac', 'org', 'host', 'co']);
    expect(spaceOf(state, 'mem')).toBe('b1');
    expect(spaceOf(state, 'fac')).toBe('main');
    expect(effects.filter((e) => 'peerId' in e && e.peerId === 'mem')).toEqual([
      { type: 'moveToSpace', peerId: 'mem', space: 'b1' },
      { type: 'resumeProducerAllowed', peerId: 'mem', source: 'mic' },
      { type: 'resumeProducerAllowed', peerId: 'mem', source: 'camera' },
      { type: 'notify', peerId: 'mem', message: { kind: 'breakout_opened', roomId: 'b1', name: 'Circle 1', topic: '', endsAt: null } },
    ]);
    expect(effectsOfType(effects, 'scheduleTick')).toEqual([]);
  });

  it('a facilitator\'s hold follows the person; the copy carries their role for this session, no hand', () => {
    let s = reduceOk(room(), { type: 'facilitator:mute', peerId: 'tgt' }, peer('fac')).state;
    s = reduceOk(s, { type: 'facilitator:promote', peerId: 'm2' }, peer('fac')).state;
    s = reduceOk(s, { type: 'hand:raise' }, peer('tgt'), T0 - 5).state;
    const { state, effects } = reduceOk(planned(s, { tgt: 'b1', m2: 'b1' }), { type: 'breakout:open' }, peer('fac'), T0);
    expect(copyIn(state, 'b1', 'tgt')).toMatchObject({ mutedBy: { mic: true, camera: false }, handRaisedAt: null, role: 'member', sessionRole: null });
    expect(copyIn(state, 'b1', 'm2')).toMatchObject({ role: 'co_facilitator', sessionRole: null });
    expect(state.queue).toEqual([]); // out of the main queue
    expect(effects.filter((e) => e.type === 'resumeProducerAllowed' && e.peerId === 'tgt')).toEqual([
      { type: 'resumeProducerAllowed', peerId: 'tgt', source: 'camera' },
    ]);
  });

  it('those not present (waiting, dropped) stay in main; opening needs a plan and happens once', () => {
    let s = reduceOk(room(), { type: 'session:disconnect', peerId: 'm2' }, 'server').state;
    s = planned(s, { m2: 'b1', mem: 'b2' });
    const open = reduceOk(s, { type: 'breakout:open' }, peer('fac')).state;
    expect(open.breakouts.running?.where).toEqual({ mem: 'b2' });
    expect(refuse(open, { type: 'breakout:open' }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'breakout:open' }, peer('fac')).code).toBe('conflict');
  });

  it('under the talking stick in main, people moving to an open-floor breakout may unmute again', () => {
    const s = reduceOk(room(), { type: 'stick:on' }, peer('fac')).state;
    const { effects } = reduceOk(planned(s, { mem: 'b1' }), { type: 'breakout:open' }, peer('fac'));
    expect(effects).toContainEqual({ type: 'resumeProducerAllowed', peerId: 'mem', source: 'mic' });
  });
});

describe('the breakout timer (injected time)', () => {
  const timed = (over = {}) => opened({ mem: 'b1', tgt: 'b2' }, { durationMs: TEN_MIN, ...over }, T0);

  it('opening schedules the closing warning and the end', () => {
    const { state, effects } = reduceOk(planned(room(), { mem: 'b1' }, { durationMs: TEN_MIN }), { type: 'breakout:open' }, peer('fac'), T0);
    expect(state.breakouts.running).toMatchObject({ endsAt: T0 + TEN_MIN, warned: false, warningMs: 60_000 });
    expect(effectsOfType(effects, 'scheduleTick')).toEqual([{ type: 'scheduleTick', at: T0 + TEN_MIN - 60_000 }, { type: 'scheduleTick', at: T0 + TEN_MIN }]);
    expect(effects).toContainEqual({ type: 'notify', peerId: 'mem', message: { kind: 'breakout_opened', roomId: 'b1', name: 'Circle 1', topic: '', endsAt: T0 + TEN_MIN } });
  });

  it('warns everyone in a breakout once, then recalls everyone at the end', () => {
    const s = timed();
    expect(tick(s, T0 + TEN_MIN - 60_001).effects).toEqual([]);
    const warned = tick(s, T0 + TEN_MIN - 60_000);
    expect(warned.state.breakouts.running?.warned).toBe(true);
    expect(warned.effects).toEqual([
      { type: 'notify', peerId: 'mem', message: { kind: 'breakout_closing', endsAt: T0 + TEN_MIN } },
      { type: 'notify', peerId: 'tgt', message: { kind: 'breakout_closing', endsAt: T0 + TEN_MIN } },
      { type: 'scheduleTick', at: T0 + TEN_MIN },
    ]);
    expect(tick(warned.state, T0 + TEN_MIN - 1).effects).toEqual([]);

    const ended = tick(warned.state, T0 + TEN_MIN);
    expect(ended.state.breakouts.running).toBeNull();
    expect(ended.state.breakouts.plan).not.toBeNull(); // can be reopened
    expect(spaceOf(ended.state, 'mem')).toBe('main');
    expect(effectsOfType(ended.effects, 'moveToSpace')).toEqual([
      { type: 'moveToSpace', peerId: 'mem', space: 'main' },
      { type: 'moveToSpace', peerId: 'tgt', space: 'main' },
    ]);
    expect(ended.effects).toContainEqual({ type: 'notify', peerId: 'tgt', message: { kind: 'breakout_closed' } });
    expect(roomView(ended.state).participants.map((p) => p.peerId)).toEqual(['fac', 'org', 'host', 'co', 'mem', 'tgt', 'm2']);
  });

  it('a breakout shorter than the warning is warned at once; no warning when it is 0; no timer, no ticks', () => {
    const { state, effects } = reduceOk(planned(room(), { mem: 'b1' }, { durationMs: 60_000 }), { type: 'breakout:open' }, peer('fac'), T0);
    expect(state.breakouts.running?.warned).toBe(true);
    expect(effects).toContainEqual({ type: 'notify', peerId: 'mem', message: { kind: 'breakout_closing', endsAt: T0 + 60_000 } });

    const quiet = reduceOk(planned(room(), { mem: 'b1' }, { durationMs: TEN_MIN, warningMs: 0 }), { type: 'breakout:open' }, peer('fac'), T0);
    expect(effectsOfType(quiet.effects, 'scheduleTick')).toEqual([{ type: 'scheduleTick', at: T0 + TEN_MIN }]);
    expect(tick(quiet.state, T0 + TEN_MIN - 1).effects).toEqual([]);

    const untimed = opened({ mem: 'b1' });
    expect(tick(untimed, T0 + 100 * TEN_MIN).state.breakouts.running).not.toBeNull();
  });

  it('extend moves the end and re-arms the warning', () => {
    const { state, effects } = reduceOk(timed(), { type: 'breakout:extend', byMs: 5 * 60_000 }, peer('co'), T0 + 60_000);
    expect(state.breakouts.running).toMatchObject({ endsAt: T0 + TEN_MIN + 300_000, warned: false });
    expect(effects).toEqual([{ type: 'scheduleTick', at: T0 + TEN_MIN + 240_000 }, { type: 'scheduleTick', at: T0 + TEN_MIN + 300_000 }]);

    const warned = tick(timed(), T0 + TEN_MIN - 30_000).state;
    const later = reduceOk(warned, { type: 'breakout:extend', byMs: 120_000 }, peer('fac'), T0 + TEN_MIN - 30_000).state;
    expect(later.breakouts.running).toMatchObject({ endsAt: T0 + TEN_MIN + 120_000, warned: false });
    expect(tick(later, T0 + TEN_MIN + 60_000).effects).toContainEqual({ type: 'notify', peerId: 'mem', message: { kind: 'breakout_closing', endsAt: T0 + TEN_MIN + 120_000 } });
    // Still inside the warning window after a short extension: no second warning.
    const early = tick(timed({ warningMs: 300_000 }), T0 + TEN_MIN - 300_000).state;
    const short = reduceOk(early, { type: 'breakout:extend', byMs: 60_000 }, peer('fac'), T0 + TEN_MIN - 200_000);
    expect(short.state.breakouts.running).toMatchObject({ endsAt: T0 + TEN_MIN + 60_000, warned: true });
    expect(short.effects).toEqual([{ type: 'scheduleTick', at: T0 + TEN_MIN + 60_000 }]);
  });

  it('extend checks its length and needs running, timed breakouts', () => {
    expect(refuse(timed(), { type: 'breakout:extend', byMs: 59_999 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(timed(), { type: 'breakout:extend', byMs: 3_600_001 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(opened({ mem: 'b1' }), { type: 'breakout:extend', byMs: 60_000 }, peer('fac')).code).toBe('conflict');
    expect(refuse(planned(), { type: 'breakout:extend', byMs: 60_000 }, peer('fac')).code).toBe('conflict');
  });
});

describe('closing (recall) and returning', () => {
  it('close brings everyone back at once; holds made inside stay with the person; the main floor applies again', () => {
    let s = reduceOk(room(), { type: 'stick:on' }, peer('fac')).state;
    s = opened({ mem: 'b1', tgt: 'b1' }, {}, T0, s);
    s = reduceOk(s, { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('fac')).state;
    s = reduceOk(s, { type: 'facilitator:mute', peerId: 'mem' }, peer('tgt')).state;
    s = reduceOk(s, { type: 'breakout:visit', to: 'b1' }, peer('co')).state;
    const { state, effects } = reduceOk(s, { type: 'breakout:close' }, peer('fac'));
    expect(state.breakouts.running).toBeNull();
    expect(state.participants.mem?.mutedBy).toEqual({ mic: true, camera: false });
    expect(state.participants.tgt).toMatchObject({ role: 'member', sessionRole: null }); // the host role ends with the room
    expect(effectsOfType(effects, 'moveToSpace').map((e) => e.peerId)).toEqual(['co', 'mem', 'tgt']);
    expect(effects).toContainEqual({ type: 'pauseProducer', peerId: 'tgt', source: 'mic' }); // main is under the stick
    expect(effects).not.toContainEqual({ type: 'pauseProducer', peerId: 'co', source: 'mic' }); // facilitators are not
    expect(effects).toContainEqual({ type: 'notify', peerId: 'co', message: { kind: 'breakout_closed' } });
    expect(refuse(state, { type: 'breakout:close' }, peer('fac')).code).toBe('conflict');
    // The plan stays: open again.
    expect(reduceOk(state, { type: 'breakout:open' }, peer('fac')).state.breakouts.running?.where).toEqual({ mem: 'b1', tgt: 'b1' });
  });

  it('members may return to main by themselves when allowed, visitors always', () => {
    const { state, effects } = reduceOk(opened({ mem: 'b1' }), { type: 'breakout:returnToMain' }, peer('mem'));
    expect(spaceOf(state, 'mem')).toBe('main');
    expect(effects).toEqual([
      { type: 'moveToSpace', peerId: 'mem', space: 'main' },
      { type: 'resumeProducerAllowed', peerId: 'mem', source: 'mic' },
      { type: 'resumeProducerAllowed', peerId: 'mem', source: 'camera' },
    ]);
    expect(refuse(state, { type: 'breakout:returnToMain' }, peer('mem')).code).toBe('conflict');
    const stay = opened({ mem: 'b1' }, { allowReturn: false });
    expect(refuse(stay, { type: 'breakout:returnToMain' }, peer('mem')).code).toBe('conflict');
    const visited = reduceOk(stay, { type: 'breakout:visit', to: 'b1' }, peer('fac')).state;
    expect(spaceOf(reduceOk(visited, { type: 'breakout:returnToMain' }, peer('fac')).state, 'fac')).toBe('main');
    expect(refuse(room(), { type: 'breakout:returnToMain' }, peer('mem')).code).toBe('conflict');
  });
});
