import { describe, expect, it } from 'vitest';
import { assemble, breakoutsOverview, isFacilitating, roomView, spaceOf, view, waitingList, youView, type SessionView } from '../../../shared/session';
import { opened, peer, reduceOk, room, T0 } from './helpers';

function withStick() {
  let s = room();
  for (const id of ['tgt', 'mem', 'm2']) s = reduceOk(s, { type: 'hand:raise' }, peer(id), T0).state;
  return reduceOk(s, { type: 'stick:on' }, peer('fac'), T0).state;
}

describe('view', () => {
  it('a member sees the queue with positions, their own place and the speaker with the countdown end', () => {
    const v = view(withStick(), 'm2') as SessionView;
    expect(v.queue).toEqual([
      { peerId: 'mem', displayName: 'MEM', position: 1 },
      { peerId: 'm2', displayName: 'M2', position: 2 },
    ]);
    expect(v.you).toMatchObject({ peerId: 'm2', role: 'member', queuePosition: 2 });
    expect(v.stick).toEqual({ speaker: 'tgt', displayName: 'TGT', endsAt: T0 + 180_000, awaitingConfirm: false });
    expect(v.waiting).toBeUndefined();
    expect(v.participants.map((p) => p.peerId)).toEqual(['fac', 'org', 'host', 'co', 'mem', 'tgt', 'm2']);
  });

  it('facilitating peers also see the waiting list', () => {
    const v = view(room(), 'co') as SessionView;
    expect(v.waiting).toEqual([{ peerId: 'wait', displayName: 'WAIT', since: T0 - 1000 + 7 }]);
  });

  it('never exposes subject keys or the block list, and is plain JSON', () => {
    const v = view(withStick(), 'fac');
    const json = JSON.stringify(v);
    expect(json).not.toContain('subject-');
    expect(JSON.parse(json)).toEqual(v);
  });

  it('someone waiting sees only that they wait; strangers see nothing', () => {
    expect(view(room(), 'wait')).toEqual({ you: { peerId: 'wait', place: 'waiting' }, locked: false });
    expect(view(room(), 'ghost')).toBeNull();
  });

  it('shows the facilitator reconnecting state', () => {
    let s = room();
    for (const id of ['org', 'host']) s = reduceOk(s, { type: 'session:leave' }, peer(id)).state;
    s = reduceOk(s, { type: 'session:disconnect', peerId: 'fac' }, 'server').state;
    expect((view(s, 'tgt') as SessionView).facilitatorReconnecting).toBe(true);
    expect((view(room(), 'tgt') as SessionView).facilitatorReconnecting).toBe(false);
  });

  it('the wire parts (room of their space, you, waiting, breakouts) assemble into exactly the view, for every peer', () => {
    let inBreakouts = opened({ mem: 'b1', tgt: 'b1', m2: 'b2', co: 'b2' });
    inBreakouts = reduceOk(inBreakouts, { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('fac')).state;
    inBreakouts = reduceOk(inBreakouts, { type: 'breakout:visit', to: 'b1' }, peer('org')).state;
    for (const state of [room(), withStick(), inBreakouts]) {
      for (const [peerId, p] of Object.entries(state.participants)) {
        const lead = isFacilitating(p);
        const parts = assemble(
          roomView(state, spaceOf(state, peerId)), youView(state, peerId), lead ? waitingList(state) : null, lead ? breakoutsOverview(state) : null,
        );
        expect(parts).toEqual(view(state, peerId));
      }
    }
    expect(assemble(null, null, null)).toBeNull();
    expect(assemble(null, youView(room(), 'mem'), null)).toBeNull(); // in the room but no room part yet
  });
});
