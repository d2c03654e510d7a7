import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shared/session';
import { arrive, arriveAs, effectsOfType, peer, reduceOk, refuse, room, T0 } from './helpers';

describe('arrivals', () => {
  it('sends members to the waiting room while it is on, and facilitating roles straight in', () => {
    const s = room();
    expect(s.participants.wait?.place).toBe('waiting');
    for (const id of ['fac', 'org', 'host', 'co']) expect(s.participants[id]?.place).toBe('room');
    expect(s.participants.wait).toMatchObject({ joinedAt: T0 - 1000 + 7, connected: true, mutedBy: { mic: false, camera: false } });
  });

  it('lets members straight in with the waiting room off and a facilitator present', () => {
    const s = reduceOk(room({ waitingRoom: false }), arrive('new'), 'server').state;
    expect(s.participants.new?.place).toBe('room');
  });

  it('lets members in before any facilitator has come when the waiting room is off (a peer-led start)', () => {
    const s = reduceOk(createSession({ waitingRoom: false }), arrive('new'), 'server').state;
    expect(s.participants.new?.place).toBe('room');
    expect(s.facilitatorAbsentSince).toBeNull();
  });

  it('keeps newcomers waiting while a facilitator who was here is away, even with the waiting room off', () => {
    let s = reduceOk(room({ waitingRoom: false }), { type: 'session:disconnect', peerId: 'fac' }, 'server').state;
    for (const id of ['org', 'host']) s = reduceOk(s, { type: 'session:disconnect', peerId: id }, 'server').state;
    expect(s.facilitatorAbsentSince).toBe(T0);
    expect(reduceOk(s, arrive('new'), 'server').state.participants.new?.place).toBe('waiting');
  });

  it('refuses members in a locked room but lets facilitating roles in', () => {
    const locked = reduceOk(room(), { type: 'room:lock' }, peer('fac')).state;
    expect(refuse(locked, arrive('new'), 'server').code).toBe('conflict');
    expect(reduceOk(locked, arrive('fac2', 'facilitator'), 'server').state.participants.fac2?.place).toBe('room');
  });

  it('refuses a blocked identity even under a new peer id', () => {
    const s = reduceOk(room(), { type: 'room:remove', peerId: 'tgt', block: true }, peer('fac')).state;
    expect(s.blocked).toEqual(['subject-tgt']);
    const again = arriveAs('tgt-2', 'subject-tgt');
    expect(refuse(s, again, 'server').code).toBe('not_authorized');
  });

  it('treats the same peer id as a reconnect that keeps place and role', () => {
    let s = reduceOk(room(), { type: 'session:disconnect', peerId: 'tgt' }, 'server').state;
    expect(s.participants.tgt?.connected).toBe(false);
    s = reduceOk(s, arrive('tgt'), 'server').state;
    expect(s.participants.tgt).toMatchObject({ connected: true, place: 'room', role: 'member' });
  });

  it('gives a returning person (same subject, new connection) their seat back: place, role and mutes', () => {
    let s = reduceOk(room(), { type: 'facilitator:mute', peerId: 'tgt' }, peer('fac')).state;
    s = reduceOk(s, { type: 'facilitator:promote', peerId: 'tgt' }, peer('fac')).state;
    s = reduceOk(s, { type: 'session:disconnect', peerId: 'tgt' }, 'server').state;
    const back = reduceOk(s, arriveAs('tgt-2', 'subject-tgt'), 'server', T0 + 50);
    expect(back.state.participants.tgt).toBeUndefined();
    expect(back.state.participants['tgt-2']).toMatchObject({ place: 'room', connected: true, sessionRole: 'co_facilitator', mutedBy: { mic: true, camera: false } });
    // Still muted: no resume allowed for the mic; the camera may run.
    expect(effectsOfType(back.effects, 'resumeProducerAllowed').map((e) => e.source)).toEqual(['camera']);
    expect(effectsOfType(back.effects, 'closePeer')).toEqual([]);
  });

  it('closes the old connection when the same person arrives while still connected (one person, one seat)', () => {
    let s = reduceOk(room(), { type: 'hand:raise' }, peer('tgt')).state;
    expect(s.queue).toEqual(['tgt']);
    const r = reduceOk(s, arriveAs('tgt-2', 'subject-tgt'), 'server', T0 + 50);
    s = r.state;
    expect(s.queue).toEqual([]);
    expect(s.participants['tgt-2']?.handRaisedAt).toBeNull();
    expect(r.effects).toContainEqual({ type: 'notify', peerId: 'tgt', message: { kind: 'replaced' } });
    expect(r.effects).toContainEqual({ type: 'closePeer', peerId: 'tgt' });
  });

  it('keeps a returning person who was waiting in the waiting room', () => {
    const s = reduceOk(room(), arriveAs('wait-2', 'subject-wait'), 'server').state;
    expect(s.participants['wait-2']?.place).toBe('waiting');
    expect(s.participants.wait).toBeUndefined();
  });

  it('pauses the mic of a member entering a room under the stick', () => {
    const s = reduceOk(room({ waitingRoom: false }), { type: 'stick:on' }, peer('fac')).state;
    const { effects } = reduceOk(s, arrive('new'), 'server');
    expect(effects).toContainEqual({ type: 'pauseProducer', peerId: 'new', source: 'mic' });
  });
});

describe('admit, decline, send back', () => {
  it('admits one waiting member with a notice and permission to use their media', () => {
    const { state, effects } = reduceOk(room(), { type: 'waiting:admit', peerId: 'wait' }, peer('co'));
    expect(state.participants.wait?.place).toBe('room');
    expect(effects).toEqual([
      { type: 'notify', peerId: 'wait', message: { kind: 'admitted' } },
      { type: 'resumeProducerAllowed', peerId: 'wait', source: 'mic' },
      { type: 'resumeProducerAllowed', peerId: 'wait', source: 'camera' },
    ]);
  });

  it('refuses to admit someone already in the room, an unknown peer, or into a locked room', () => {
    expect(refuse(room(), { type: 'waiting:admit', peerId: 'tgt' }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'waiting:admit', peerId: 'ghost' }, peer('fac')).code).toBe('not_found');
    const locked = reduceOk(room(), { type: 'room:lock' }, peer('fac')).state;
    expect(refuse(locked, { type: 'waiting:admit', peerId: 'wait' }, peer('fac')).code).toBe('conflict');
    expect(refuse(locked, { type: 'waiting:admitAll' }, peer('fac')).code).toBe('conflict');
  });

  it('admits everyone waiting at once', () => {
    let s = reduceOk(room(), arrive('w2'), 'server').state;
    s = reduceOk(s, { type: 'waiting:admitAll' }, peer('fac')).state;
    expect(Object.values(s.participants).filter((p) => p.place === 'waiting')).toEqual([]);
  });

  it('declines with a trimmed message, then closes the peer', () => {
    const { state, effects } = reduceOk(room(), { type: 'waiting:decline', peerId: 'wait', message: '  Full tonight ' }, peer('fac'));
    expect(state.participants.wait).toBeUndefined();
    expect(effects).toEqual([
      { type: 'notify', peerId: 'wait', message: { kind: 'declined', message: 'Full tonight' } },
      { type: 'closePeer', peerId: 'wait' },
    ]);
  });

  it('refuses an overlong decline message and declining someone in the room', () => {
    expect(refuse(room(), { type: 'waiting:decline', peerId: 'wait', message: 'x'.repeat(201) }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { type: 'waiting:decline', peerId: 'tgt', message: '' }, peer('fac')).code).toBe('conflict');
  });

  it('sends a member back: off the queue, media paused, notified', () => {
    const raised = reduceOk(room(), { type: 'hand:raise' }, peer('tgt')).state;
    const { state, effects } = reduceOk(raised, { type: 'waiting:sendBack', peerId: 'tgt' }, peer('co'));
    expect(state.participants.tgt).toMatchObject({ place: 'waiting', handRaisedAt: null });
    expect(state.queue).toEqual([]);
    expect(effectsOfType(effects, 'pauseProducer').map((e) => e.source)).toEqual(['mic', 'camera']);
    expect(effects).toContainEqual({ type: 'notify', peerId: 'tgt', message: { kind: 'sent_to_waiting' } });
  });

  it('will not send back a facilitator, or someone already waiting', () => {
    expect(refuse(room(), { type: 'waiting:sendBack', peerId: 'org' }, peer('fac')).code).toBe('not_authorized');
    expect(refuse(room(), { type: 'waiting:sendBack', peerId: 'wait' }, peer('fac')).code).toBe('conflict');
  });
});
