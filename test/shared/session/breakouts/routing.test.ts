import { describe, expect, it } from 'vitest';
import { GRACE_MS, SEAT_KEEP_MS, spaceOf, type SessionState } from '../../../../shared/session';
import { arriveAs, effectsOfType, opened, peer, reduceOk, refuse, room, T0 } from '../helpers';

const sessionOf = (s: SessionState, roomId: string) => s.breakouts.running?.rooms.find((r) => r.id === roomId)?.session;
/** mem and tgt in b1 with tgt as host; m2 in b2; the facilitating roles in main. */
function hosted(): SessionState {
  const s = opened({ mem: 'b1', tgt: 'b1', m2: 'b2' });
  return reduceOk(s, { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('fac')).state;
}

describe('each breakout runs its own floor', () => {
  it('hands go up in the room\'s own queue, separate from main and from other rooms', () => {
    let s = hosted();
    s = reduceOk(s, { type: 'hand:raise' }, peer('mem'), T0 + 1).state;
    s = reduceOk(s, { type: 'hand:raise' }, peer('m2'), T0 + 2).state;
    s = reduceOk(s, { type: 'hand:raise' }, peer('co'), T0 + 3).state;
    expect(sessionOf(s, 'b1')?.queue).toEqual(['mem']);
    expect(sessionOf(s, 'b2')?.queue).toEqual(['m2']);
    expect(s.queue).toEqual(['co']);
    expect(s.participants.mem?.handRaisedAt).toBeNull(); // the main seat shows no hand
    s = reduceOk(s, { type: 'hand:lower' }, peer('mem'), T0 + 4).state;
    expect(sessionOf(s, 'b1')?.queue).toEqual([]);
  });

  it('a talking stick in a breakout is independent of main: the host runs it and its turns tick', () => {
    let s = reduceOk(hosted(), { type: 'hand:raise' }, peer('mem'), T0 + 1).state;
    const on = reduceOk(s, { type: 'stick:on' }, peer('tgt'), T0 + 2);
    s = on.state;
    expect(sessionOf(s, 'b1')?.stick).toMatchObject({ speaker: 'mem', endsAt: T0 + 2 + 180_000 });
    expect(s.settings.floor).toBe('open');
    expect(s.stick).toBeNull();
    expect(sessionOf(s, 'b2')?.settings.floor).toBe('open');
    expect(on.effects).toContainEqual({ type: 'notify', peerId: 'mem', message: { kind: 'your_turn', endsAt: T0 + 2 + 180_000 } });
    expect(on.effects).not.toContainEqual({ type: 'pauseProducer', peerId: 'tgt', source: 'mic' }); // hosts co-facilitate
    const warned = reduceOk(s, { type: 'session:tick' }, 'server', T0 + 2 + 150_000);
    expect(warned.effects).toContainEqual({ type: 'notify', peerId: 'mem', message: { kind: 'turn_warning', endsAt: T0 + 2 + 180_000 } });
    const over = reduceOk(warned.state, { type: 'session:tick' }, 'server', T0 + 2 + 180_000);
    expect(over.effects).toContainEqual({ type: 'pauseProducer', peerId: 'mem', source: 'mic' });
    expect(sessionOf(over.state, 'b1')?.stick).toBeNull();
    // Main's stick is another thing: switching it on pauses nobody in a breakout.
    const mainOn = reduceOk(s, { type: 'stick:on' }, peer('fac'), T0 + 3);
    expect(effectsOfType(mainOn.effects, 'pauseProducer')).toEqual([]);
    expect(sessionOf(mainOn.state, 'b1')?.stick?.speaker).toBe('mem');
  });

  it('self-unmute is judged by the room the person is in', () => {
    let s = opened({ mem: 'b1', tgt: 'b1', m2: 'b2' });
    s = reduceOk(s, { type: 'hand:raise' }, peer('mem'), T0 + 1).state;
    s = reduceOk(s, { type: 'breakout:visit', to: 'b1' }, peer('fac'), T0 + 2).state;
    s = reduceOk(s, { type: 'stick:on' }, peer('fac'), T0 + 3).state; // the visitor runs b1's floor
    expect(refuse(s, { type: 'media:selfUnmute', source: 'mic' }, peer('tgt')).code).toBe('conflict');
    expect(reduceOk(s, { type: 'media:selfUnmute', source: 'mic' }, peer('mem')).effects).toEqual([
      { type: 'resumeProducerAllowed', peerId: 'mem', source: 'mic' },
    ]);
    expect(reduceOk(s, { type: 'media:selfUnmute', source: 'mic' }, peer('m2')).effects).toHaveLength(1);
    // A speaker leaving the room passes b1's stick on (there: to nobody).
    const moved = reduceOk(s, { type: 'breakout:move', peerId: 'mem', to: 'b2' }, peer('co'), T0 + 4);
    expect(sessionOf(moved.state, 'b1')?.stick).toBeNull();
    expect(moved.effects).toContainEqual({ type: 'notify', peerId: 'mem', message: { kind: 'turn_over' } });
  });
});

describe('hosts: co-facilitators of their own breakout only', () => {
  it('may mute, stop video, ask to unmute and manage the queue inside their breakout', () => {
    let s = hosted();
    const muted = reduceOk(s, { type: 'facilitator:mute', peerId: 'mem' }, peer('tgt'));
    expect(muted.effects).toEqual([
      { type: 'pauseProducer', peerId: 'mem', source: 'mic' },
      { type: 'notify', peerId: 'mem', message: { kind: 'muted_by_facilitator', source: 'mic' } },
    ]);
    s = muted.state;
    expect(sessionOf(s, 'b1')?.participants.mem?.mutedBy.mic).toBe(true);
    expect(refuse(s, { type: 'media:selfUnmute', source: 'mic' }, peer('mem')).code).toBe('conflict');
    s = reduceOk(s, { type: 'facilitator:askToUnmute', peerId: 'mem', source: 'mic' }, peer('tgt')).state;
    expect(s.participants.mem?.mutedBy.mic).toBe(false);
    s = reduceOk(s, { type: 'facilitator:stopVideo', peerId: 'mem' }, peer('tgt')).state;
    s = reduceOk(s, { type: 'hand:raise' }, peer('mem')).state;
    s = reduceOk(s, { type: 'queue:clear' }, peer('tgt')).state;
    expect(sessionOf(s, 'b1')?.queue).toEqual([]);
    const all = reduceOk(hosted(), { type: 'facilitator:muteAll' }, peer('tgt'));
    expect(effectsOfType(all.effects, 'pauseProducer').map((e) => e.peerId)).toEqual(['mem']);
  });

  it('can never remove, lock, hand over, admit or change roles', () => {
    const s = hosted();
    expect(refuse(s, { type: 'room:remove', peerId: 'mem', block: false }, peer('tgt')).code).toBe('not_authorized');
    expect(refuse(s, { type: 'room:lock' }, peer('tgt')).code).toBe('not_authorized');
    expect(refuse(s, { type: 'facilitator:handOver', peerId: 'mem' }, peer('tgt')).code).toBe('not_authorized');
    expect(refuse(s, { type: 'facilitator:promote', peerId: 'mem' }, peer('tgt')).code).toBe('not_authorized');
    expect(refuse(s, { type: 'waiting:admit', peerId: 'wait' }, peer('tgt')).code).toBe('not_authorized');
    expect(refuse(s, { type: 'waiting:sendBack', peerId: 'mem' }, peer('tgt')).code).toBe('not_authorized');
    expect(refuse(s, { type: 'breakout:move', peerId: 'mem', to: 'main' }, peer('tgt')).code).toBe('not_authorized');
    expect(refuse(s, { type: 'breakout:close' }, peer('tgt')).code).toBe('not_authorized');
  });

  it('cannot act on anyone outside their breakout', () => {
    const s = hosted();
    expect(refuse(s, { type: 'facilitator:mute', peerId: 'm2' }, peer('tgt')).code).toBe('not_found');
    expect(refuse(s, { type: 'facilitator:mute', peerId: 'wait' }, peer('tgt')).code).toBe('not_found');
    expect(refuse(s, { type: 'queue:remove', peerId: 'm2' }, peer('tgt')).code).toBe('not_found');
    const muteAll = reduceOk(s, { type: 'facilitator:muteAll' }, peer('tgt'));
    expect(muteAll.state.participants.m2?.mutedBy.mic).toBe(false);
  });

  it('a plain member in a breakout is a member there', () => {
    expect(refuse(hosted(), { type: 'facilitator:mute', peerId: 'tgt' }, peer('mem')).code).toBe('not_authorized');
    expect(refuse(hosted(), { type: 'stick:on' }, peer('m2')).code).toBe('not_authorized');
  });
});

describe('facilitators of the session reach into breakouts', () => {
  it('mute, stop video and ask to unmute apply where the person is', () => {
    const { state, effects } = reduceOk(hosted(), { type: 'facilitator:mute', peerId: 'm2' }, peer('co'));
    expect(sessionOf(state, 'b2')?.participants.m2?.mutedBy.mic).toBe(true);
    expect(state.participants.m2?.mutedBy.mic).toBe(true);
    expect(effects).toContainEqual({ type: 'pauseProducer', peerId: 'm2', source: 'mic' });
    const video = reduceOk(state, { type: 'facilitator:stopVideo', peerId: 'mem' }, peer('fac')).state;
    expect(sessionOf(video, 'b1')?.participants.mem?.mutedBy.camera).toBe(true);
    const asked = reduceOk(state, { type: 'facilitator:askToUnmute', peerId: 'm2', source: 'mic' }, peer('fac')).state;
    expect(sessionOf(asked, 'b2')?.participants.m2?.mutedBy.mic).toBe(false);
    // From inside a breakout too: a visiting facilitator mutes someone in another room.
    const visiting = reduceOk(hosted(), { type: 'breakout:visit', to: 'b1' }, peer('fac')).state;
    expect(sessionOf(reduceOk(visiting, { type: 'facilitator:mute', peerId: 'm2' }, peer('fac')).state, 'b2')?.participants.m2?.mutedBy.mic).toBe(true);
  });

  it('mute all in main mutes the main room only', () => {
    let s = reduceOk(hosted(), { type: 'breakout:move', peerId: 'm2', to: 'main' }, peer('fac')).state;
    s = reduceOk(s, { type: 'facilitator:muteAll' }, peer('fac')).state;
    expect(s.participants.m2?.mutedBy.mic).toBe(true);
    expect(s.participants.mem?.mutedBy.mic).toBe(false);
  });

  it('may remove someone from a breakout; sending back, hand-over and role changes wait for the recall', () => {
    const { state, effects } = reduceOk(hosted(), { type: 'room:remove', peerId: 'mem', block: true }, peer('fac'));
    expect(state.participants.mem).toBeUndefined();
    expect(sessionOf(state, 'b1')?.participants.mem).toBeUndefined();
    expect(state.breakouts.running?.where.mem).toBeUndefined();
    expect(state.blocked).toEqual(['subject-mem']);
    expect(effects).toEqual([
      { type: 'notify', peerId: 'mem', message: { kind: 'removed', blocked: true } },
      { type: 'closePeer', peerId: 'mem' },
    ]);
    const s = hosted();
    expect(refuse(s, { type: 'waiting:sendBack', peerId: 'mem' }, peer('fac')).code).toBe('conflict');
    expect(refuse(s, { type: 'facilitator:handOver', peerId: 'mem' }, peer('fac')).code).toBe('conflict');
    expect(refuse(s, { type: 'facilitator:promote', peerId: 'mem' }, peer('fac')).code).toBe('conflict');
    // Floor controls in main see only the main room.
    const mainStick = reduceOk(s, { type: 'stick:on' }, peer('fac')).state;
    expect(refuse(mainStick, { type: 'stick:giveFloor', peerId: 'mem' }, peer('fac')).code).toBe('not_found');
  });

  it('a visiting lead still admits and locks for the whole session, but hands over from main only', () => {
    let s = reduceOk(hosted(), { type: 'breakout:visit', to: 'b2' }, peer('fac')).state;
    s = reduceOk(s, { type: 'waiting:admit', peerId: 'wait' }, peer('fac')).state;
    expect(s.participants.wait?.place).toBe('room');
    expect(spaceOf(s, 'wait')).toBe('main');
    expect(reduceOk(s, { type: 'room:lock' }, peer('fac')).state.settings.locked).toBe(true);
    expect(refuse(s, { type: 'facilitator:handOver', peerId: 'wait' }, peer('fac')).code).toBe('conflict');
  });
});

describe('connections while in a breakout', () => {
  it('a disconnect drops hand and floor in the breakout and keeps the seat', () => {
    let s = reduceOk(hosted(), { type: 'hand:raise' }, peer('mem'), T0 + 1).state;
    s = reduceOk(s, { type: 'stick:on' }, peer('tgt'), T0 + 2).state;
    const { state, effects } = reduceOk(s, { type: 'session:disconnect', peerId: 'mem' }, 'server', T0 + 3);
    expect(sessionOf(state, 'b1')?.stick).toBeNull();
    expect(sessionOf(state, 'b1')?.participants.mem).toMatchObject({ connected: false, disconnectedAt: T0 + 3 });
    expect(state.participants.mem).toMatchObject({ connected: false, disconnectedAt: T0 + 3 });
    expect(spaceOf(state, 'mem')).toBe('b1');
    expect(effectsOfType(effects, 'scheduleTick')).toEqual([{ type: 'scheduleTick', at: T0 + 3 + SEAT_KEEP_MS }]);
    // After the keep time the seat goes, everywhere.
    const released = reduceOk(state, { type: 'session:tick' }, 'server', T0 + 3 + SEAT_KEEP_MS).state;
    expect(released.participants.mem).toBeUndefined();
    expect(sessionOf(released, 'b1')?.participants.mem).toBeUndefined();
    expect(released.breakouts.running?.where.mem).toBeUndefined();
  });

  it('the same person on a new connection goes back into their breakout; the old copy leaves it', () => {
    let s = reduceOk(hosted(), { type: 'session:disconnect', peerId: 'm2' }, 'server', T0 + 1).state;
    const back = reduceOk(s, arriveAs('m2-b', 'subject-m2'), 'server', T0 + 2);
    s = back.state;
    expect(s.participants['m2-b']).toMatchObject({ place: 'room', connected: true });
    expect(spaceOf(s, 'm2-b')).toBe('b2');
    expect(sessionOf(s, 'b2')?.participants['m2-b']).toMatchObject({ connected: true, role: 'member' });
    expect(sessionOf(s, 'b2')?.participants.m2).toBeUndefined();
    expect(s.breakouts.running?.where.m2).toBeUndefined();
    // The server moves the new connection's media there, and tells them where they are.
    expect(effectsOfType(back.effects, 'moveToSpace')).toEqual([{ type: 'moveToSpace', peerId: 'm2-b', space: 'b2' }]);
    expect(back.effects).toContainEqual({ type: 'notify', peerId: 'm2-b', message: { kind: 'breakout_moved', to: 'b2', name: 'Circle 2' } });
  });

  it('a host comes back as the host; a visiting facilitator as a visitor', () => {
    let s = reduceOk(hosted(), { type: 'breakout:visit', to: 'b2' }, peer('fac')).state;
    s = reduceOk(s, arriveAs('tgt-2', 'subject-tgt'), 'server', T0 + 2).state;
    expect(spaceOf(s, 'tgt-2')).toBe('b1');
    expect(s.breakouts.running?.rooms.find((r) => r.id === 'b1')?.hosts).toEqual(['tgt-2']);
    s = reduceOk(s, arriveAs('fac-2', 'subject-fac', 'facilitator'), 'server', T0 + 3).state;
    expect(spaceOf(s, 'fac-2')).toBe('b2');
    expect(s.breakouts.running?.visiting['fac-2']).toBe('b2');
  });

  it('someone who left (closed the tab, reloaded) and comes back while the rooms run goes back to their breakout', () => {
    let s = reduceOk(hosted(), { type: 'session:leave' }, peer('m2'), T0 + 1).state;
    expect(s.participants.m2).toBeUndefined();
    s = reduceOk(s, arriveAs('m2-again', 'subject-m2'), 'server', T0 + 2).state;
    expect(spaceOf(s, 'm2-again')).toBe('main'); // this room has a waiting room: admitted first
    const back = reduceOk(s, { type: 'waiting:admit', peerId: 'm2-again' }, peer('fac'), T0 + 3);
    expect(spaceOf(back.state, 'm2-again')).toBe('b2');
    expect(effectsOfType(back.effects, 'moveToSpace')).toEqual([{ type: 'moveToSpace', peerId: 'm2-again', space: 'b2' }]);
    // Someone moved to the main room on purpose has no breakout to go back to.
    s = reduceOk(hosted(), { type: 'breakout:move', peerId: 'm2', to: 'main' }, peer('fac'), T0 + 1).state;
    s = reduceOk(s, { type: 'session:leave' }, peer('m2'), T0 + 2).state;
    s = reduceOk(s, arriveAs('m2-again', 'subject-m2'), 'server', T0 + 3).state;
    expect(spaceOf(reduceOk(s, { type: 'waiting:admit', peerId: 'm2-again' }, peer('fac'), T0 + 4).state, 'm2-again')).toBe('main');
    // Nor does a visitor: visits are not homes.
    s = reduceOk(hosted(), { type: 'breakout:visit', to: 'b2' }, peer('fac'), T0 + 1).state;
    s = reduceOk(s, { type: 'session:leave' }, peer('fac'), T0 + 2).state;
    expect(spaceOf(reduceOk(s, arriveAs('fac-again', 'subject-fac', 'facilitator'), 'server', T0 + 3).state, 'fac-again')).toBe('main');
  });

  it('after the recall, a new connection stays in main', () => {
    let s = reduceOk(hosted(), { type: 'session:disconnect', peerId: 'm2' }, 'server', T0 + 1).state;
    s = reduceOk(s, { type: 'breakout:close' }, peer('fac'), T0 + 2).state;
    const back = reduceOk(s, arriveAs('m2-b', 'subject-m2'), 'server', T0 + 3);
    expect(spaceOf(back.state, 'm2-b')).toBe('main');
    expect(effectsOfType(back.effects, 'moveToSpace')).toEqual([]);
  });

  it('the same connection coming back stays where it is', () => {
    let s = reduceOk(hosted(), { type: 'session:disconnect', peerId: 'm2' }, 'server', T0 + 1).state;
    s = reduceOk(s, { type: 'session:arrive', peerId: 'm2', displayName: 'M2', role: 'member', subjectKey: 'subject-m2' }, 'server', T0 + 2).state;
    expect(spaceOf(s, 'm2')).toBe('b2');
    expect(sessionOf(s, 'b2')?.participants.m2).toMatchObject({ connected: true, disconnectedAt: null });
  });

  it('leaving from a breakout leaves it and the session', () => {
    let s = reduceOk(hosted(), { type: 'hand:raise' }, peer('mem')).state;
    s = reduceOk(s, { type: 'session:leave' }, peer('mem')).state;
    expect(s.participants.mem).toBeUndefined();
    expect(sessionOf(s, 'b1')?.participants.mem).toBeUndefined();
    expect(sessionOf(s, 'b1')?.queue).toEqual([]);
    expect(s.breakouts.running?.where.mem).toBeUndefined();
    const hostLeft = reduceOk(hosted(), { type: 'session:leave' }, peer('tgt')).state;
    expect(hostLeft.breakouts.running?.rooms[0]?.hosts).toEqual([]);
  });

  it('arrivals go to main (the breakout rooms have no waiting room of their own)', () => {
    const s = reduceOk(hosted(), { type: 'session:arrive', peerId: 'late', displayName: 'Late', role: 'member', subjectKey: 'k-late' }, 'server').state;
    expect(s.participants.late?.place).toBe('waiting');
    expect(spaceOf(s, 'late')).toBe('main');
  });

  it('leads visiting breakouts still hold the space: no handover grace starts', () => {
    let s = opened({ mem: 'b1' });
    for (const id of ['org', 'host']) s = reduceOk(s, { type: 'session:leave' }, peer(id)).state;
    s = reduceOk(s, { type: 'breakout:visit', to: 'b1' }, peer('fac')).state;
    expect(s.facilitatorAbsentSince).toBeNull();
    s = reduceOk(s, { type: 'session:tick' }, 'server', T0 + GRACE_MS + 1).state;
    expect(s.participants.co?.role).toBe('co_facilitator');
  });

  it('room sessions never start a handover of their own when a visiting lead leaves', () => {
    let s = opened({ mem: 'b1', tgt: 'b1' });
    s = reduceOk(s, { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('fac')).state;
    s = reduceOk(s, { type: 'breakout:visit', to: 'b1' }, peer('fac')).state;
    s = reduceOk(s, { type: 'breakout:visit', to: 'main' }, peer('fac')).state;
    s = reduceOk(s, { type: 'session:tick' }, 'server', T0 + GRACE_MS + 1).state;
    expect(sessionOf(s, 'b1')?.facilitatorAbsentSince).toBeNull();
    expect(sessionOf(s, 'b1')?.participants.tgt).toMatchObject({ role: 'member', sessionRole: 'co_facilitator' });
  });

  it('without breakouts open, nothing changes: the plain rules apply', () => {
    const s = reduceOk(room(), { type: 'hand:raise' }, peer('mem')).state;
    expect(s.queue).toEqual(['mem']);
  });
});
