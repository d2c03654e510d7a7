import { describe, expect, it } from 'vitest';
import { roomView, spaceOf, type SessionState } from '../../../../shared/session';
import { effectsOfType, opened, peer, reduceOk, refuse, room, T0 } from '../helpers';

const sessionOf = (s: SessionState, roomId: string) => s.breakouts.running?.rooms.find((r) => r.id === roomId)?.session;
const open = () => opened({ mem: 'b1', tgt: 'b1', m2: 'b2' });

describe('moving people while breakouts run', () => {
  it('between rooms: out of the old room session (hand and all), into the new one, media follows', () => {
    let s = reduceOk(open(), { type: 'hand:raise' }, peer('tgt'), T0 + 1).state;
    const { state, effects } = reduceOk(s, { type: 'breakout:move', peerId: 'tgt', to: 'b2' }, peer('co'), T0 + 2);
    s = state;
    expect(spaceOf(s, 'tgt')).toBe('b2');
    expect(sessionOf(s, 'b1')?.participants.tgt).toBeUndefined();
    expect(sessionOf(s, 'b1')?.queue).toEqual([]);
    expect(sessionOf(s, 'b2')?.participants.tgt).toMatchObject({ place: 'room', handRaisedAt: null });
    expect(effects).toEqual([
      { type: 'moveToSpace', peerId: 'tgt', space: 'b2' },
      { type: 'resumeProducerAllowed', peerId: 'tgt', source: 'mic' },
      { type: 'resumeProducerAllowed', peerId: 'tgt', source: 'camera' },
      { type: 'notify', peerId: 'tgt', message: { kind: 'breakout_moved', to: 'b2', name: 'Circle 2' } },
    ]);
  });

  it('to main, and from main into a room (someone who stayed or arrived late)', () => {
    let s = reduceOk(open(), { type: 'breakout:move', peerId: 'mem', to: 'main' }, peer('fac')).state;
    expect(spaceOf(s, 'mem')).toBe('main');
    expect(roomView(s).participants.map((p) => p.peerId)).toContain('mem');
    s = reduceOk(s, { type: 'waiting:admit', peerId: 'wait' }, peer('fac')).state;
    const { state, effects } = reduceOk(s, { type: 'breakout:move', peerId: 'wait', to: 'b2' }, peer('fac'));
    expect(spaceOf(state, 'wait')).toBe('b2');
    expect(effects).toContainEqual({ type: 'notify', peerId: 'wait', message: { kind: 'breakout_moved', to: 'b2', name: 'Circle 2' } });
  });

  it('a hold made by a host inside stays with the person when moved', () => {
    let s = reduceOk(open(), { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('fac')).state;
    s = reduceOk(s, { type: 'facilitator:mute', peerId: 'mem' }, peer('tgt')).state;
    expect(s.participants.mem?.mutedBy.mic).toBe(true); // the seat knows at once
    const { state, effects } = reduceOk(s, { type: 'breakout:move', peerId: 'mem', to: 'b2' }, peer('fac'));
    expect(sessionOf(state, 'b2')?.participants.mem?.mutedBy.mic).toBe(true);
    expect(effects).not.toContainEqual({ type: 'resumeProducerAllowed', peerId: 'mem', source: 'mic' });
  });

  it('refuses unknown people and rooms, people waiting, moves to where they are, and moves while closed', () => {
    expect(refuse(open(), { type: 'breakout:move', peerId: 'ghost', to: 'b2' }, peer('fac')).code).toBe('not_found');
    expect(refuse(open(), { type: 'breakout:move', peerId: 'mem', to: 'b9' }, peer('fac')).code).toBe('not_found');
    expect(refuse(open(), { type: 'breakout:move', peerId: 'wait', to: 'b1' }, peer('fac')).code).toBe('conflict');
    expect(refuse(open(), { type: 'breakout:move', peerId: 'mem', to: 'b1' }, peer('fac')).code).toBe('conflict');
    expect(refuse(open(), { type: 'breakout:move', peerId: 'fac', to: 'main' }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'breakout:move', peerId: 'mem', to: 'main' }, peer('fac')).code).toBe('conflict');
  });
});

describe('adding rooms and broadcasting', () => {
  it('adds an empty room with the next id and a default name', () => {
    let s = reduceOk(open(), { type: 'breakout:addRoom' }, peer('fac')).state;
    s = reduceOk(s, { type: 'breakout:addRoom', name: 'Quiet corner', topic: 'Just listening' }, peer('fac')).state;
    expect(s.breakouts.running?.rooms.map((r) => [r.id, r.name, r.topic])).toEqual([
      ['b1', 'Circle 1', ''], ['b2', 'Circle 2', ''], ['b3', 'Circle 3', ''], ['b4', 'Quiet corner', 'Just listening'],
    ]);
    expect(Object.keys(s.breakouts.running?.rooms[3]?.session.participants ?? {})).toEqual([]);
    expect(s.breakouts.plan?.rooms).toHaveLength(2); // the plan is what reopening uses
    expect(refuse(open(), { type: 'breakout:addRoom', name: 'x'.repeat(61) }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { type: 'breakout:addRoom' }, peer('fac')).code).toBe('conflict');
  });

  it('stops at fifty rooms', () => {
    let s = opened({ mem: 'b1' }, { rooms: Array.from({ length: 49 }, () => ({})) });
    s = reduceOk(s, { type: 'breakout:addRoom' }, peer('fac')).state;
    expect(refuse(s, { type: 'breakout:addRoom' }, peer('fac')).code).toBe('conflict');
  });

  it('broadcasts a short message to everyone in a breakout (visitors too), not to the main room', () => {
    const s = reduceOk(open(), { type: 'breakout:visit', to: 'b2' }, peer('org')).state;
    const { state, effects } = reduceOk(s, { type: 'breakout:broadcast', message: '  Five minutes left  ' }, peer('fac'));
    expect(state).toEqual(s);
    const message = { kind: 'breakout_broadcast', message: 'Five minutes left', from: 'FAC' };
    expect(effects).toEqual(['org', 'mem', 'tgt', 'm2'].map((peerId) => ({ type: 'notify', peerId, message })));
    expect(refuse(s, { type: 'breakout:broadcast', message: '   ' }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(s, { type: 'breakout:broadcast', message: 'x'.repeat(301) }, peer('fac')).code).toBe('invalid_payload');
    expect(refuse(room(), { type: 'breakout:broadcast', message: 'hi' }, peer('fac')).code).toBe('conflict');
  });
});

describe('visits', () => {
  it('a facilitator visits a room, is shown as visiting there, may go on to another, and returns', () => {
    const { state, effects } = reduceOk(open(), { type: 'breakout:visit', to: 'b1' }, peer('co'));
    let s = state;
    expect(s.breakouts.running?.visiting).toEqual({ co: 'b1' });
    expect(spaceOf(s, 'co')).toBe('b1');
    expect(sessionOf(s, 'b1')?.participants.co).toMatchObject({ role: 'co_facilitator' });
    expect(roomView(s, 'b1').breakout?.visitors).toEqual(['co']);
    expect(roomView(s).participants.map((p) => p.peerId)).not.toContain('co');
    expect(effects[0]).toEqual({ type: 'moveToSpace', peerId: 'co', space: 'b1' });
    s = reduceOk(s, { type: 'breakout:visit', to: 'b2' }, peer('co')).state;
    expect(sessionOf(s, 'b1')?.participants.co).toBeUndefined();
    expect(s.breakouts.running?.visiting).toEqual({ co: 'b2' });
    s = reduceOk(s, { type: 'breakout:visit', to: 'main' }, peer('co')).state;
    expect(spaceOf(s, 'co')).toBe('main');
    expect(s.breakouts.running?.visiting).toEqual({});
  });

  it('refuses visiting where you are, unknown rooms, returning when not visiting, and visits while closed', () => {
    const s = reduceOk(open(), { type: 'breakout:visit', to: 'b1' }, peer('fac')).state;
    expect(refuse(s, { type: 'breakout:visit', to: 'b1' }, peer('fac')).code).toBe('conflict');
    expect(refuse(s, { type: 'breakout:visit', to: 'b7' }, peer('fac')).code).toBe('not_found');
    expect(refuse(s, { type: 'breakout:visit', to: 'main' }, peer('org')).code).toBe('conflict');
    expect(refuse(room(), { type: 'breakout:visit', to: 'b1' }, peer('fac')).code).toBe('conflict');
  });

  it('a visitor moved into the room becomes a member of it', () => {
    const s = reduceOk(open(), { type: 'breakout:visit', to: 'b1' }, peer('co')).state;
    const moved = reduceOk(s, { type: 'breakout:move', peerId: 'co', to: 'b1' }, peer('fac')).state;
    expect(moved.breakouts.running?.visiting).toEqual({});
    expect(spaceOf(moved, 'co')).toBe('b1');
  });
});

describe('asking for help', () => {
  it('notifies every facilitator of the session, in main or visiting elsewhere, with the room', () => {
    let s = reduceOk(open(), { type: 'breakout:visit', to: 'b2' }, peer('org')).state;
    s = reduceOk(s, { type: 'session:disconnect', peerId: 'host' }, 'server').state;
    const { state, effects } = reduceOk(s, { type: 'breakout:askHelp' }, peer('mem'), T0 + 7);
    expect(state.breakouts.running?.rooms[0]?.helpAskedAt).toBe(T0 + 7);
    const message = { kind: 'help_asked', roomId: 'b1', name: 'Circle 1' };
    expect(effects).toEqual(['fac', 'org', 'co'].map((peerId) => ({ type: 'notify', peerId, message })));
    expect(refuse(state, { type: 'breakout:askHelp' }, peer('tgt')).code).toBe('conflict'); // already asked
    expect(refuse(state, { type: 'breakout:askHelp' }, peer('fac')).code).toBe('conflict'); // in main
  });

  it('is cleared by a facilitator, or by one going there', () => {
    const asked = reduceOk(open(), { type: 'breakout:askHelp' }, peer('m2')).state;
    expect(reduceOk(asked, { type: 'breakout:clearHelp', roomId: 'b2' }, peer('co')).state.breakouts.running?.rooms[1]?.helpAskedAt).toBeNull();
    expect(reduceOk(asked, { type: 'breakout:visit', to: 'b2' }, peer('co')).state.breakouts.running?.rooms[1]?.helpAskedAt).toBeNull();
    expect(refuse(asked, { type: 'breakout:clearHelp', roomId: 'b1' }, peer('co')).code).toBe('conflict');
    expect(refuse(asked, { type: 'breakout:clearHelp', roomId: 'b9' }, peer('co')).code).toBe('not_found');
  });
});

describe('hosts', () => {
  it('a facilitator makes a member host of their breakout: co-facilitator there only', () => {
    const { state, effects } = reduceOk(open(), { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('co'));
    expect(state.breakouts.running?.rooms[0]?.hosts).toEqual(['tgt']);
    expect(sessionOf(state, 'b1')?.participants.tgt).toMatchObject({ role: 'member', sessionRole: 'co_facilitator' });
    expect(state.participants.tgt).toMatchObject({ role: 'member', sessionRole: null });
    expect(effects).toEqual([{ type: 'notify', peerId: 'tgt', message: { kind: 'role_changed', role: 'co_facilitator' } }]);
    const undone = reduceOk(state, { type: 'breakout:setHost', peerId: 'tgt', host: false }, peer('fac'));
    expect(sessionOf(undone.state, 'b1')?.participants.tgt?.sessionRole).toBeNull();
    expect(undone.effects).toEqual([{ type: 'notify', peerId: 'tgt', message: { kind: 'role_changed', role: 'member' } }]);
  });

  it('only for members of a breakout, once', () => {
    const s = reduceOk(open(), { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('co')).state;
    expect(refuse(s, { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('fac')).code).toBe('conflict');
    expect(refuse(s, { type: 'breakout:setHost', peerId: 'mem', host: false }, peer('fac')).code).toBe('conflict');
    expect(refuse(s, { type: 'breakout:setHost', peerId: 'fac', host: true }, peer('org')).code).toBe('conflict'); // in main
    expect(refuse(s, { type: 'breakout:setHost', peerId: 'ghost', host: true }, peer('org')).code).toBe('not_found');
    const visited = reduceOk(s, { type: 'breakout:visit', to: 'b1' }, peer('co')).state;
    expect(refuse(visited, { type: 'breakout:setHost', peerId: 'co', host: true }, peer('fac')).code).toBe('conflict');
    const coInside = opened({ co: 'b1', mem: 'b1' });
    expect(refuse(coInside, { type: 'breakout:setHost', peerId: 'co', host: true }, peer('fac')).code).toBe('conflict'); // already facilitates
    expect(refuse(room(), { type: 'breakout:setHost', peerId: 'mem', host: true }, peer('fac')).code).toBe('conflict');
  });

  it('a host moved out of their breakout is no longer its host', () => {
    let s = reduceOk(open(), { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('co')).state;
    s = reduceOk(s, { type: 'breakout:move', peerId: 'tgt', to: 'b2' }, peer('fac')).state;
    expect(s.breakouts.running?.rooms[0]?.hosts).toEqual([]);
    expect(sessionOf(s, 'b2')?.participants.tgt?.sessionRole).toBeNull();
    expect(effectsOfType(reduceOk(s, { type: 'facilitator:mute', peerId: 'm2' }, peer('fac')).effects, 'pauseProducer')).toHaveLength(1);
  });
});
