import { describe, expect, it } from 'vitest';
import { createSession, type SessionState } from '../../../../shared/session';
import { arrive, arriveAs, peer, planned, reduceOk, refuse, room, T0 } from '../helpers';

/** A facilitator and n members p1..pn, all in the room (no waiting room). */
function crowd(n: number): SessionState {
  let s = reduceOk(createSession({ waitingRoom: false }), arrive('fac', 'facilitator'), 'server', T0 - 1000).state;
  for (let i = 1; i <= n; i++) s = reduceOk(s, arrive(`p${i}`), 'server', T0 - 1000 + i).state;
  return s;
}

const rooms = (k: number) => Array.from({ length: k }, () => ({}));

describe('planning breakouts', () => {
  it('names rooms "Circle n" unless named, trims names and topics, and keeps stable ids', () => {
    const s = reduceOk(room(), {
      type: 'breakout:plan', rooms: [{}, { name: '  Pairs  ', topic: ' What helped this week? ' }, { name: '   ' }], mode: 'manual', seed: 1,
    }, peer('co')).state;
    expect(s.breakouts.plan?.rooms).toEqual([
      { id: 'b1', name: 'Circle 1', topic: '' },
      { id: 'b2', name: 'Pairs', topic: 'What helped this week?' },
      { id: 'b3', name: 'Circle 3', topic: '' },
    ]);
    expect(s.breakouts.plan).toMatchObject({ assignment: {}, keepApart: [], durationMs: null, warningMs: 60_000, allowReturn: true, optedOut: [] });
    expect(s.breakouts.running).toBeNull();
  });

  it('checks room count, text lengths, duration, warning and seed', () => {
    const base = { type: 'breakout:plan' as const, rooms: rooms(2), mode: 'manual' as const, seed: 1 };
    expect(refuse(room(), { ...base, rooms: [] }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, rooms: rooms(51) }, peer('fac')).code).toBe('invalid_payload');
    expect(reduceOk(room(), { ...base, rooms: rooms(50) }, peer('fac')).state.breakouts.plan?.rooms).toHaveLength(50);
    expect(refuse(room(), { ...base, rooms: [{ name: 'x'.repeat(61) }] }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, rooms: [{ topic: 'x'.repeat(201) }] }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, durationMs: 59_999 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, durationMs: 4 * 3_600_000 + 1 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, durationMs: 90_000.5 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, warningMs: -1 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, warningMs: 600_001 }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, seed: Number.NaN }, peer('fac')).code).toBe('invalid_payload');
    const timed = reduceOk(room(), { ...base, durationMs: 60_000, warningMs: 0, allowReturn: false }, peer('fac')).state;
    expect(timed.breakouts.plan).toMatchObject({ durationMs: 60_000, warningMs: 0, allowReturn: false });
  });

  it('keep-apart pairs name two different people who are here', () => {
    const base = { type: 'breakout:plan' as const, rooms: rooms(2), mode: 'manual' as const, seed: 1 };
    expect(refuse(room(), { ...base, keepApart: [['mem', 'mem']] }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { ...base, keepApart: [['mem', 'ghost']] }, peer('fac')).code).toBe('not_found');
    expect(reduceOk(room(), { ...base, keepApart: [['mem', 'tgt']] }, peer('fac')).state.breakouts.plan?.keepApart).toEqual([['mem', 'tgt']]);
  });

  it('auto assigns everyone present in the main room who does not facilitate, balanced', () => {
    for (const [n, k] of [[12, 4], [13, 4], [7, 3], [2, 5], [30, 7]] as const) {
      const s = reduceOk(crowd(n), { type: 'breakout:plan', rooms: rooms(k), mode: 'auto', seed: n }, peer('fac')).state;
      const assignment = s.breakouts.plan?.assignment ?? {};
      expect(Object.keys(assignment).sort()).toEqual(Array.from({ length: n }, (_, i) => `p${i + 1}`).sort());
      const sizes = Array.from({ length: k }, (_, i) => Object.values(assignment).filter((r) => r === `b${i + 1}`).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    // In room(): the facilitating roles stay out, and so does whoever is still waiting or dropped.
    let s = reduceOk(room(), { type: 'session:disconnect', peerId: 'm2' }, 'server').state;
    s = reduceOk(s, { type: 'breakout:plan', rooms: rooms(2), mode: 'auto', seed: 3 }, peer('fac')).state;
    expect(Object.keys(s.breakouts.plan?.assignment ?? {}).sort()).toEqual(['mem', 'tgt']);
  });

  it('auto assignment is the same for the same seed and keeps pairs apart', () => {
    const plan = (seed: number) => ({ type: 'breakout:plan' as const, rooms: rooms(3), mode: 'auto' as const, seed, keepApart: [['p1', 'p2'], ['p3', 'p4']] as Array<[string, string]> });
    const a = reduceOk(crowd(9), plan(5), peer('fac')).state.breakouts.plan?.assignment ?? {};
    expect(reduceOk(crowd(9), plan(5), peer('fac')).state.breakouts.plan?.assignment).toEqual(a);
    for (let seed = 0; seed < 30; seed++) {
      const b = reduceOk(crowd(9), plan(seed), peer('fac')).state.breakouts.plan?.assignment ?? {};
      expect(b.p1).not.toBe(b.p2);
      expect(b.p3).not.toBe(b.p4);
    }
  });

  it('shuffle recomputes the auto assignment of the current plan with a new seed', () => {
    const s = reduceOk(crowd(12), { type: 'breakout:plan', rooms: rooms(3), mode: 'manual', seed: 1, keepApart: [['p1', 'p2']] }, peer('fac')).state;
    expect(s.breakouts.plan?.assignment).toEqual({});
    const a = reduceOk(s, { type: 'breakout:shuffle', seed: 11 }, peer('fac')).state.breakouts.plan;
    const b = reduceOk(s, { type: 'breakout:shuffle', seed: 12 }, peer('fac')).state.breakouts.plan;
    expect(Object.keys(a?.assignment ?? {})).toHaveLength(12);
    expect(a?.assignment).not.toEqual(b?.assignment);
    expect(a?.assignment.p1).not.toBe(a?.assignment.p2);
    expect(refuse(room(), { type: 'breakout:shuffle', seed: 1 }, peer('fac')).code).toBe('conflict'); // nothing planned
  });

  it('manual assignment: to a room, back to main (null), unknown people and rooms refused', () => {
    let s = planned(room(), { mem: 'b1', tgt: 'b2' });
    expect(s.breakouts.plan?.assignment).toEqual({ mem: 'b1', tgt: 'b2' });
    s = reduceOk(s, { type: 'breakout:assign', peerId: 'mem', roomId: 'b2' }, peer('fac')).state;
    s = reduceOk(s, { type: 'breakout:assign', peerId: 'tgt', roomId: null }, peer('fac')).state;
    expect(s.breakouts.plan?.assignment).toEqual({ mem: 'b2' });
    // Facilitators may be placed by hand (a co-facilitator leading a circle).
    expect(reduceOk(s, { type: 'breakout:assign', peerId: 'co', roomId: 'b1' }, peer('fac')).state.breakouts.plan?.assignment.co).toBe('b1');
    expect(refuse(s, { type: 'breakout:assign', peerId: 'ghost', roomId: 'b1' }, peer('fac')).code).toBe('not_found');
    expect(refuse(s, { type: 'breakout:assign', peerId: 'mem', roomId: 'b9' }, peer('fac')).code).toBe('not_found');
    expect(refuse(s, { type: 'breakout:assign', peerId: 'wait', roomId: 'b1' }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'breakout:assign', peerId: 'mem', roomId: 'b1' }, peer('fac')).code).toBe('conflict');
  });

  it('a member may opt out (and back in) before opening: out of the assignment, never auto assigned, not assignable', () => {
    let s = reduceOk(room(), { type: 'breakout:plan', rooms: rooms(2), mode: 'auto', seed: 2 }, peer('fac')).state;
    expect(s.breakouts.plan?.assignment.mem).toBeDefined();
    s = reduceOk(s, { type: 'breakout:optOut', optOut: true }, peer('mem')).state;
    expect(s.breakouts.plan?.optedOut).toEqual(['mem']);
    expect(s.breakouts.plan?.assignment.mem).toBeUndefined();
    expect(refuse(s, { type: 'breakout:optOut', optOut: true }, peer('mem')).code).toBe('conflict');
    expect(refuse(s, { type: 'breakout:assign', peerId: 'mem', roomId: 'b1' }, peer('fac')).code).toBe('conflict');
    const shuffled = reduceOk(s, { type: 'breakout:shuffle', seed: 9 }, peer('fac')).state;
    expect(shuffled.breakouts.plan?.assignment.mem).toBeUndefined();
    // A new plan keeps the choice.
    const replanned = reduceOk(s, { type: 'breakout:plan', rooms: rooms(3), mode: 'auto', seed: 4 }, peer('fac')).state;
    expect(replanned.breakouts.plan?.optedOut).toEqual(['mem']);
    expect(replanned.breakouts.plan?.assignment.mem).toBeUndefined();
    // Back in: assignable again (not re-assigned by itself).
    s = reduceOk(s, { type: 'breakout:optOut', optOut: false }, peer('mem')).state;
    expect(s.breakouts.plan?.optedOut).toEqual([]);
    expect(refuse(s, { type: 'breakout:optOut', optOut: false }, peer('mem')).code).toBe('conflict');
    expect(refuse(room(), { type: 'breakout:optOut', optOut: true }, peer('mem')).code).toBe('conflict'); // nothing planned
  });

  it('the plan cannot change while breakouts are open', () => {
    const open = reduceOk(planned(room(), { mem: 'b1' }), { type: 'breakout:open' }, peer('fac')).state;
    expect(refuse(open, { type: 'breakout:plan', rooms: rooms(2), mode: 'manual', seed: 1 }, peer('fac')).code).toBe('conflict');
    expect(refuse(open, { type: 'breakout:assign', peerId: 'tgt', roomId: 'b1' }, peer('fac')).code).toBe('conflict');
    expect(refuse(open, { type: 'breakout:shuffle', seed: 1 }, peer('fac')).code).toBe('conflict');
    expect(refuse(open, { type: 'breakout:optOut', optOut: true }, peer('m2')).code).toBe('conflict');
  });

  it('forgets people who leave, and follows someone who comes back on a new connection', () => {
    let s = planned(room(), { mem: 'b1', tgt: 'b2' }, { keepApart: [['mem', 'tgt']] });
    s = reduceOk(s, { type: 'breakout:optOut', optOut: true }, peer('m2')).state;
    const left = reduceOk(s, { type: 'session:leave' }, peer('tgt')).state;
    expect(left.breakouts.plan).toMatchObject({ assignment: { mem: 'b1' }, keepApart: [], optedOut: ['m2'] });
    s = reduceOk(s, { type: 'session:disconnect', peerId: 'mem' }, 'server').state;
    s = reduceOk(s, arriveAs('mem-2', 'subject-mem'), 'server', T0 + 10).state;
    expect(s.breakouts.plan).toMatchObject({ assignment: { 'mem-2': 'b1', tgt: 'b2' }, keepApart: [['mem-2', 'tgt']] });
  });
});
