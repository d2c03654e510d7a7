import { describe, expect, it } from 'vitest';
import { createSession, type SessionState } from '../../../shared/session';
import { arrive, peer, reduceOk, refuse, room, T0 } from './helpers';

const GRACE = 30_000;

/** Only fac leads (org and host left); co is a co-facilitator, tgt/mem/m2 members. */
function oneLead(): SessionState {
  let s = room();
  s = reduceOk(s, { type: 'session:leave' }, peer('org')).state;
  return reduceOk(s, { type: 'session:leave' }, peer('host')).state;
}

describe('hand-over and co-facilitators', () => {
  it('a facilitator hands over and steps down to co-facilitator', () => {
    const { state, effects } = reduceOk(room(), { type: 'facilitator:handOver', peerId: 'tgt' }, peer('fac'));
    expect(state.participants.tgt).toMatchObject({ role: 'facilitator', sessionRole: null });
    expect(state.participants.fac).toMatchObject({ role: 'member', sessionRole: 'co_facilitator' });
    expect(effects).toEqual([{ type: 'notify', peerId: 'tgt', message: { kind: 'role_changed', role: 'facilitator' } }]);
  });

  it('an organiser handing over keeps their account role', () => {
    const s = reduceOk(room(), { type: 'facilitator:handOver', peerId: 'tgt' }, peer('org')).state;
    expect(s.participants.org?.role).toBe('organiser');
  });

  it('refuses hand-over to yourself, to someone waiting or unknown, or to a lead', () => {
    expect(refuse(room(), { type: 'facilitator:handOver', peerId: 'fac' }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { type: 'facilitator:handOver', peerId: 'wait' }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'facilitator:handOver', peerId: 'ghost' }, peer('fac')).code).toBe('not_found');
    expect(refuse(room(), { type: 'facilitator:handOver', peerId: 'org' }, peer('fac')).code).toBe('conflict');
  });

  it('promotes a member for this session, who can then admit; demote takes it back', () => {
    const promoted = reduceOk(room(), { type: 'facilitator:promote', peerId: 'tgt' }, peer('host')).state;
    expect(promoted.participants.tgt).toMatchObject({ role: 'member', sessionRole: 'co_facilitator' });
    expect(reduceOk(promoted, { type: 'waiting:admit', peerId: 'wait' }, peer('tgt')).state.participants.wait?.place).toBe('room');
    expect(refuse(promoted, { type: 'facilitator:promote', peerId: 'tgt' }, peer('host')).code).toBe('conflict');

    const demoted = reduceOk(promoted, { type: 'facilitator:demote', peerId: 'tgt' }, peer('host')).state;
    expect(demoted.participants.tgt?.sessionRole).toBe('member');
    expect(refuse(demoted, { type: 'waiting:admit', peerId: 'wait' }, peer('tgt')).code).toBe('not_authorized');
  });

  it('demotes a co-facilitator by wire role for this session; refuses members and leads', () => {
    const s = reduceOk(room(), { type: 'facilitator:demote', peerId: 'co' }, peer('fac')).state;
    expect(refuse(s, { type: 'facilitator:muteAll' }, peer('co')).code).toBe('not_authorized');
    expect(refuse(room(), { type: 'facilitator:demote', peerId: 'tgt' }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'facilitator:demote', peerId: 'org' }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'facilitator:promote', peerId: 'wait' }, peer('fac')).code).toBe('conflict');
  });
});

describe('continuity when the last lead drops (injected time)', () => {
  it('starts the grace period and schedules a tick when the last lead disconnects', () => {
    const { state, effects } = reduceOk(oneLead(), { type: 'session:disconnect', peerId: 'fac' }, 'server', T0);
    expect(state.facilitatorAbsentSince).toBe(T0);
    expect(effects).toContainEqual({ type: 'scheduleTick', at: T0 + GRACE });
  });

  it('a lead reconnecting within the grace keeps the role, and the timer is cleared', () => {
    let s = reduceOk(oneLead(), { type: 'session:disconnect', peerId: 'fac' }, 'server', T0).state;
    s = reduceOk(s, arrive('fac', 'facilitator'), 'server', T0 + GRACE - 1).state;
    expect(s.facilitatorAbsentSince).toBeNull();
    s = reduceOk(s, { type: 'session:tick' }, 'server', T0 + GRACE).state;
    expect(s.participants.co?.role).toBe('co_facilitator');
    expect(s.participants.fac?.role).toBe('facilitator');
  });

  it('no takeover one ms before the grace ends; the co-facilitator takes over at the end', () => {
    const gone = reduceOk(oneLead(), { type: 'session:disconnect', peerId: 'fac' }, 'server', T0).state;
    expect(reduceOk(gone, { type: 'session:tick' }, 'server', T0 + GRACE - 1).state).toBe(gone);
    const { state, effects } = reduceOk(gone, { type: 'session:tick' }, 'server', T0 + GRACE);
    expect(state.participants.co).toMatchObject({ role: 'facilitator', sessionRole: null });
    expect(state.facilitatorAbsentSince).toBeNull();
    expect(effects).toEqual([{ type: 'notify', peerId: 'co', message: { kind: 'role_changed', role: 'facilitator' } }]);
  });

  it('the longest-present co-facilitator is the heir', () => {
    let s = reduceOk(oneLead(), { type: 'facilitator:promote', peerId: 'mem' }, peer('fac')).state; // mem joined after co
    s = reduceOk(s, { type: 'session:disconnect', peerId: 'co' }, 'server', T0).state;
    s = reduceOk(s, { type: 'session:disconnect', peerId: 'fac' }, 'server', T0).state;
    s = reduceOk(s, { type: 'session:tick' }, 'server', T0 + GRACE).state;
    expect(s.participants.mem?.role).toBe('facilitator');
  });

  it('with no co-facilitator the room stays open, shows reconnecting, and newcomers wait', () => {
    let s = reduceOk(oneLead(), { type: 'facilitator:demote', peerId: 'co' }, peer('fac')).state;
    s = reduceOk(s, { type: 'room:setWaitingRoom', enabled: false }, peer('fac')).state;
    s = reduceOk(s, { type: 'session:leave' }, peer('fac'), T0).state;
    s = reduceOk(s, { type: 'session:tick' }, 'server', T0 + 10 * GRACE).state;
    expect(s.facilitatorAbsentSince).toBe(T0);
    expect(s.participants.tgt?.place).toBe('room');
    expect(reduceOk(s, arrive('new'), 'server', T0 + 11 * GRACE).state.participants.new?.place).toBe('waiting');
  });

  it('a session no facilitator has reached yet is not "reconnecting": it starts counting once one was here', () => {
    let s = reduceOk(createSession(), arrive('early'), 'server', T0).state;
    expect(s.facilitatorAbsentSince).toBeNull();
    expect(s.facilitated).toBe(false);
    s = reduceOk(s, arrive('fac', 'facilitator'), 'server', T0 + 5).state;
    expect(s.facilitated).toBe(true);
    s = reduceOk(s, { type: 'session:disconnect', peerId: 'fac' }, 'server', T0 + 10).state;
    expect(s.facilitatorAbsentSince).toBe(T0 + 10);
  });
});
