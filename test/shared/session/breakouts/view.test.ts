import { describe, expect, it } from 'vitest';
import { roomView, view, type SessionView } from '../../../../shared/session';
import { opened, peer, planned, reduceOk, room, T0 } from '../helpers';

/** mem, tgt in b1 (tgt hosts), m2 in b2, co visiting b1; 10-minute timer; b1 asked for help. */
function scene() {
  let s = opened({ mem: 'b1', tgt: 'b1', m2: 'b2' }, { rooms: [{ name: 'Pairs', topic: 'A good moment' }, {}], durationMs: 600_000 });
  s = reduceOk(s, { type: 'breakout:setHost', peerId: 'tgt', host: true }, peer('fac')).state;
  s = reduceOk(s, { type: 'breakout:visit', to: 'b1' }, peer('co')).state;
  s = reduceOk(s, { type: 'hand:raise' }, peer('mem'), T0 + 5).state;
  return reduceOk(s, { type: 'breakout:askHelp' }, peer('mem'), T0 + 9).state;
}

describe('views with breakouts', () => {
  it('a member in a breakout sees their room: its people, queue and the breakout with the countdown', () => {
    const v = view(scene(), 'mem') as SessionView;
    expect(v.participants.map((p) => [p.peerId, p.role])).toEqual([['co', 'co_facilitator'], ['mem', 'member'], ['tgt', 'co_facilitator']]); // the host co-facilitates here
    expect(v.queue).toEqual([{ peerId: 'mem', displayName: 'MEM', position: 1 }]);
    expect(v.you).toMatchObject({ peerId: 'mem', role: 'member', queuePosition: 1 });
    expect(v.breakout).toEqual({
      id: 'b1', name: 'Pairs', topic: 'A good moment', endsAt: T0 + 600_000, warned: false, allowReturn: true, helpAskedAt: T0 + 9,
      visitors: ['co'], hosts: ['tgt'], visiting: false, host: false,
    });
    expect(v.settings).toMatchObject({ waitingRoom: false, floor: 'open' });
    expect(v.waiting).toBeUndefined();
    expect(v.breakouts).toBeUndefined();
  });

  it('a host sees themselves as co-facilitator of the breakout, without the waiting list or overview', () => {
    const v = view(scene(), 'tgt') as SessionView;
    expect(v.you.role).toBe('co_facilitator');
    expect(v.breakout).toMatchObject({ host: true, visiting: false });
    expect(v.waiting).toBeUndefined();
    expect(v.breakouts).toBeUndefined();
  });

  it('a visiting facilitator sees the room as visiting, plus the waiting list and the overview', () => {
    const v = view(scene(), 'co') as SessionView;
    expect(v.breakout).toMatchObject({ id: 'b1', visiting: true, host: false });
    expect(v.you.role).toBe('co_facilitator');
    expect(v.waiting?.map((w) => w.peerId)).toEqual(['wait']);
    expect(v.breakouts?.rooms.map((r) => r.id)).toEqual(['b1', 'b2']);
  });

  it('a facilitator in main sees the main room without the people in breakouts, and the overview of every room', () => {
    const v = view(scene(), 'fac') as SessionView;
    expect(v.participants.map((p) => p.peerId)).toEqual(['fac', 'org', 'host']);
    expect(v.breakout).toBeNull();
    expect(v.breakouts).toEqual({
      rooms: [
        {
          id: 'b1', name: 'Pairs', topic: 'A good moment', helpAskedAt: T0 + 9,
          people: [
            { peerId: 'co', displayName: 'CO', role: 'co_facilitator', visiting: true, host: false, connected: true },
            { peerId: 'mem', displayName: 'MEM', role: 'member', visiting: false, host: false, connected: true },
            { peerId: 'tgt', displayName: 'TGT', role: 'member', visiting: false, host: true, connected: true },
          ],
        },
        { id: 'b2', name: 'Circle 2', topic: '', helpAskedAt: null, people: [{ peerId: 'm2', displayName: 'M2', role: 'member', visiting: false, host: false, connected: true }] },
      ],
      endsAt: T0 + 600_000,
      warned: false,
      plan: scene().breakouts.plan,
    });
  });

  it('facilitators see the plan before anything opens; members never see it', () => {
    const s = planned(room(), { mem: 'b1' });
    expect((view(s, 'fac') as SessionView).breakouts).toEqual({ rooms: [], endsAt: null, warned: false, plan: s.breakouts.plan });
    expect((view(s, 'mem') as SessionView).breakouts).toBeUndefined();
    expect((view(s, 'mem') as SessionView).breakout).toBeNull();
  });

  it('before opening, each member sees only where the plan puts them, and that they chose to stay', () => {
    let s = planned(room(), { mem: 'b1' });
    expect((view(s, 'mem') as SessionView).you.planned).toEqual({ roomId: 'b1', roomName: 'Circle 1', optedOut: false });
    expect((view(s, 'tgt') as SessionView).you.planned).toEqual({ roomId: null, roomName: null, optedOut: false });
    s = reduceOk(s, { type: 'breakout:optOut', optOut: true }, peer('mem')).state;
    expect((view(s, 'mem') as SessionView).you.planned).toEqual({ roomId: null, roomName: null, optedOut: true });
    expect((view(room(), 'mem') as SessionView).you.planned).toBeNull(); // no plan, nothing to say
    // Once open, the plan no longer speaks: in a breakout the banner does, in main nothing.
    const open = opened({ mem: 'b1' });
    expect((view(open, 'mem') as SessionView).you.planned).toBeUndefined();
    expect((view(open, 'tgt') as SessionView).you.planned).toBeNull();
  });

  it('the overview gives each person their session role (hosts are offered for members only)', () => {
    const s = reduceOk(opened({ mem: 'b1', co: 'b1' }), { type: 'breakout:setHost', peerId: 'mem', host: true }, peer('fac')).state;
    const people = (view(s, 'fac') as SessionView).breakouts!.rooms[0]!.people;
    expect(people.map((p) => [p.peerId, p.role, p.host])).toEqual([['co', 'co_facilitator', false], ['mem', 'member', true]]);
  });

  it('each space has its own shared part; an unknown space reads as main; all plain JSON without subject keys', () => {
    const s = scene();
    expect(roomView(s, 'b2').participants.map((p) => p.peerId)).toEqual(['m2']);
    expect(roomView(s, 'b2').breakout).toMatchObject({ id: 'b2', visitors: [], hosts: [] });
    expect(roomView(s, 'nowhere')).toEqual(roomView(s));
    expect(JSON.parse(JSON.stringify(s))).toEqual(s); // the state itself too, rooms and all
    for (const id of Object.keys(s.participants)) {
      const json = JSON.stringify(view(s, id));
      expect(json).not.toContain('subject-');
      expect(JSON.parse(json)).toEqual(view(s, id));
    }
  });
});
