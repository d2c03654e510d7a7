import { describe, expect, it } from 'vitest';
import { ViewParts } from '../../../../client/core/session/viewParts';
import { liveView, queueOf } from '../../session/harness';

const full = () => {
  const { you, waiting: _w, ...room } = liveView({ you: { role: 'facilitator' } });
  return { you, room };
};

describe('ViewParts', () => {
  it('assembles the room, our part and the waiting list; patches change only their keys', () => {
    const parts = new ViewParts();
    const { you, room } = full();
    expect(parts.setYou(you)).toBeNull(); // no room yet
    expect(parts.patchRoom(room)).toMatchObject({ you, queue: [], waiting: [] });
    const patched = parts.patchRoom({ queue: queueOf(['sam', 'Sam']) });
    expect(patched).toMatchObject({ queue: [{ peerId: 'sam', position: 1 }], participants: room.participants });
    expect(parts.setWaiting([{ peerId: 'w', displayName: 'Wren', since: 1 }])).toMatchObject({ waiting: [{ displayName: 'Wren' }] });
  });

  it('drops a patch that arrives before the full room, and starts over after leaving the room', () => {
    const parts = new ViewParts();
    const { you, room } = full();
    parts.setYou(you);
    expect(parts.patchRoom({ queue: [] })).toBeNull();
    parts.patchRoom(room);
    parts.leaveRoom();
    expect(parts.setYou({ peerId: 'me', place: 'waiting', locked: true })).toEqual({ you: { peerId: 'me', place: 'waiting' }, locked: true });
    expect(parts.patchRoom({ queue: [] })).toEqual({ you: { peerId: 'me', place: 'waiting' }, locked: true });
  });

  it('adds the breakouts overview for facilitating peers only, and keeps it across a move', () => {
    const parts = new ViewParts();
    const { you, room } = full();
    const overview = { rooms: [{ id: 'b1', name: 'Circle 1', topic: '', helpAskedAt: null, people: [] }], endsAt: null, warned: false, plan: null };
    parts.setYou(you);
    parts.patchRoom(room);
    expect(parts.setBreakouts(overview)).toMatchObject({ breakouts: overview });
    expect(parts.overview()).toBe(overview);
    expect(parts.setYou({ ...you, role: 'member' })).not.toHaveProperty('breakouts');
    parts.setYou(you);
    // A move: no room until the new space's arrives in full; the overview stays.
    expect(parts.moveSpace()).toBeNull();
    expect(parts.patchRoom({ queue: [] })).toBeNull();
    expect(parts.patchRoom({ ...room, breakout: null })).toMatchObject({ breakouts: overview, breakout: null });
    parts.leaveRoom();
    expect(parts.overview()).toBeNull();
  });

  it('gives a breakout host no overview (they host inside their breakout only)', () => {
    const parts = new ViewParts();
    const breakout = { id: 'b1', name: 'Circle 1', topic: '', endsAt: null, warned: false, allowReturn: true, helpAskedAt: null, visitors: [], hosts: ['me'] };
    const { room } = full();
    parts.setYou({ peerId: 'me', role: 'co_facilitator', place: 'room', queuePosition: null, mutedBy: { mic: false, camera: false } });
    parts.patchRoom({ ...room, breakout });
    parts.setBreakouts({ rooms: [], endsAt: null, warned: false, plan: null });
    const view = parts.view();
    expect(view).toMatchObject({ breakout: { host: true, visiting: false } });
    expect(view).not.toHaveProperty('breakouts');
  });
});
