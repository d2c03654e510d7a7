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
});
