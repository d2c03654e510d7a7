import { describe, expect, it } from 'vitest';
import { SEAT_KEEP_MS } from '../../../shared/session';
import { arriveAs, peer, reduceOk, refuse, room, T0 } from './helpers';

describe('room control', () => {
  it('removes with a notice and a closed peer; without block the identity may come back', () => {
    const { state, effects } = reduceOk(room(), { type: 'room:remove', peerId: 'tgt', block: false }, peer('org'));
    expect(state.participants.tgt).toBeUndefined();
    expect(state.blocked).toEqual([]);
    expect(effects).toEqual([
      { type: 'notify', peerId: 'tgt', message: { kind: 'removed', blocked: false } },
      { type: 'closePeer', peerId: 'tgt' },
    ]);
  });

  it('refuses removing yourself, a facilitator, or an unknown peer', () => {
    expect(refuse(room(), { type: 'room:remove', peerId: 'fac', block: false }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { type: 'room:remove', peerId: 'host', block: false }, peer('fac')).code).toBe('not_authorized');
    expect(refuse(room(), { type: 'room:remove', peerId: 'ghost', block: false }, peer('fac')).code).toBe('not_found');
  });

  it('may remove a co-facilitator', () => {
    expect(reduceOk(room(), { type: 'room:remove', peerId: 'co', block: false }, peer('fac')).state.participants.co).toBeUndefined();
  });

  it('locks and unlocks, refusing a repeat', () => {
    const locked = reduceOk(room(), { type: 'room:lock' }, peer('host')).state;
    expect(locked.settings.locked).toBe(true);
    expect(refuse(locked, { type: 'room:lock' }, peer('host')).code).toBe('conflict');
    expect(reduceOk(locked, { type: 'room:unlock' }, peer('host')).state.settings.locked).toBe(false);
    expect(refuse(room(), { type: 'room:unlock' }, peer('host')).code).toBe('conflict');
  });

  it('switching the waiting room off does not admit those already waiting', () => {
    const s = reduceOk(room(), { type: 'room:setWaitingRoom', enabled: false }, peer('fac')).state;
    expect(s.settings.waitingRoom).toBe(false);
    expect(s.participants.wait?.place).toBe('waiting');
  });

  it('leaving drops the participant and their hand', () => {
    const raised = reduceOk(room(), { type: 'hand:raise' }, peer('tgt')).state;
    const s = reduceOk(raised, { type: 'session:leave' }, peer('tgt')).state;
    expect(s.participants.tgt).toBeUndefined();
    expect(s.queue).toEqual([]);
  });

  it('a waiting peer may leave', () => {
    expect(reduceOk(room(), { type: 'session:leave' }, peer('wait')).state.participants.wait).toBeUndefined();
  });

  it('disconnect keeps the seat but loses the hand; unknown peers are not_found', () => {
    const raised = reduceOk(room(), { type: 'hand:raise' }, peer('tgt')).state;
    const s = reduceOk(raised, { type: 'session:disconnect', peerId: 'tgt' }, 'server', T0 + 5).state;
    expect(s.participants.tgt).toMatchObject({ connected: false, handRaisedAt: null });
    expect(s.queue).toEqual([]);
    expect(refuse(room(), { type: 'session:disconnect', peerId: 'ghost' }, 'server').code).toBe('not_found');
  });
});

describe('seats of dropped connections', () => {
  it('are kept for five minutes, then given up, unless a facilitator hold keeps them for the session', () => {
    let s = reduceOk(room(), { type: 'facilitator:mute', peerId: 'm2' }, peer('fac')).state;
    let r = reduceOk(s, { type: 'session:disconnect', peerId: 'tgt' }, 'server', T0);
    expect(r.effects).toContainEqual({ type: 'scheduleTick', at: T0 + SEAT_KEEP_MS });
    s = reduceOk(r.state, { type: 'session:disconnect', peerId: 'm2' }, 'server', T0).state;
    expect(reduceOk(s, { type: 'session:tick' }, 'server', T0 + SEAT_KEEP_MS - 1).state.participants.tgt?.connected).toBe(false);
    r = reduceOk(s, { type: 'session:tick' }, 'server', T0 + SEAT_KEEP_MS);
    expect(r.state.participants.tgt).toBeUndefined();
    expect(r.state.participants.m2).toMatchObject({ connected: false, mutedBy: { mic: true, camera: false } });
  });

  it('a return within the time keeps the seat and clears the clock', () => {
    let s = reduceOk(room(), { type: 'session:disconnect', peerId: 'tgt' }, 'server', T0).state;
    s = reduceOk(s, arriveAs('tgt-2', 'subject-tgt'), 'server', T0 + 1000).state;
    s = reduceOk(s, { type: 'session:tick' }, 'server', T0 + SEAT_KEEP_MS).state;
    expect(s.participants['tgt-2']).toMatchObject({ connected: true, disconnectedAt: null, place: 'room' });
  });
});
