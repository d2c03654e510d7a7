import { describe, expect, it } from 'vitest';
import { badgesFor } from '../../../client/core/session/badges';
import { formatCountdown, ordinal, turnOnBlock, unmuteBlock } from '../../../client/core/session/floor';
import { createServerClock } from '../../../client/core/session/serverClock';
import { shortcutFor } from '../../../client/core/shortcuts';
import type { SessionState } from '../../../client/core/session/types';
import { ManualTimers } from '../fakes';
import { liveView, participant, queueOf } from './harness';

describe('ordinal', () => {
  it.each([
    [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'],
    [21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th'], [112, '112th'],
  ])('%i → %s', (n, text) => expect(ordinal(n)).toBe(text));
});

describe('formatCountdown', () => {
  it('shows mm:ss, rounding up partial seconds and never going below zero', () => {
    expect(formatCountdown(95_000)).toBe('01:35');
    expect(formatCountdown(94_001)).toBe('01:35');
    expect(formatCountdown(5_000)).toBe('00:05');
    expect(formatCountdown(-3_000)).toBe('00:00');
    expect(formatCountdown(65 * 60_000)).toBe('65:00');
  });
});

describe('unmuteBlock', () => {
  const stick = { speaker: 'sam', displayName: 'Sam', endsAt: 1, awaitingConfirm: false };
  const stickOn = { ...liveView().settings, floor: 'stick' as const };

  it('allows when nothing blocks, and without a view', () => {
    expect(unmuteBlock(liveView(), 'mic')).toBeNull();
    expect(unmuteBlock(null, 'mic')).toBeNull();
  });

  it('explains a facilitator mute of the mic or the camera', () => {
    expect(unmuteBlock(liveView({ you: { mutedBy: { mic: true, camera: false } } }), 'mic')).toMatch(/^Muted by the facilitator/);
    expect(unmuteBlock(liveView({ you: { mutedBy: { mic: false, camera: true } } }), 'camera')).toMatch(/stopped your video/);
  });

  it('blocks a member\'s mic (not camera) while the stick is with someone else', () => {
    const view = liveView({ settings: stickOn, stick });
    expect(unmuteBlock(view, 'mic')).toBe('Sam has the talking stick. Raise your hand to speak next.');
    expect(unmuteBlock(view, 'camera')).toBeNull();
    expect(unmuteBlock(liveView({ settings: stickOn, stick: { ...stick, speaker: 'me' } }), 'mic')).toBeNull();
    expect(unmuteBlock(liveView({ settings: stickOn, stick, you: { role: 'co_facilitator' } }), 'mic')).toBeNull();
    expect(unmuteBlock(liveView({ settings: stickOn }), 'mic')).toMatch(/talking stick is on/);
  });

  it('lets the your-turn prompt through before the view catches up, but not past a facilitator mute', () => {
    const view = liveView({ settings: stickOn, stick });
    const prompt = { kind: 'your_turn' as const, endsAt: 1 };
    expect(turnOnBlock({ session: view, prompt }, 'mic')).toBeNull();
    expect(turnOnBlock({ session: liveView({ settings: stickOn, stick, you: { mutedBy: { mic: true, camera: false } } }), prompt }, 'mic')).not.toBeNull();
    expect(turnOnBlock({ session: { you: { peerId: 'me', place: 'waiting' }, locked: false }, prompt: null }, 'mic')).toBeNull();
  });
});

describe('badgesFor', () => {
  const base = { session: null, peers: {}, self: null, reactions: {} } as unknown as SessionState;

  it('shows session roles (not plain members), queue positions, facilitator mutes and reactions', () => {
    const view = liveView({
      participants: [participant('fac', 'Fern', { role: 'facilitator' }), participant('sam', 'Sam', { role: 'co_facilitator', mutedBy: { mic: true, camera: false } }), participant('me', 'Robin')],
      queue: queueOf(['me', 'Robin'], ['sam', 'Sam']),
    });
    const state = { ...base, session: view, reactions: { me: { id: 1, reaction: 'heart' as const } } };
    expect(badgesFor(state, 'fac')).toEqual({ role: 'facilitator', handPosition: null, mutedByFacilitator: false, reaction: null });
    expect(badgesFor(state, 'sam')).toEqual({ role: 'co_facilitator', handPosition: 2, mutedByFacilitator: true, reaction: null });
    expect(badgesFor(state, 'me')).toEqual({ role: null, handPosition: 1, mutedByFacilitator: false, reaction: { id: 1, reaction: 'heart' } });
    expect(badgesFor(state, null).role).toBeNull();
  });

  it('falls back to the join role before the session view arrives', () => {
    const state = { ...base, self: { peerId: 'me', displayName: 'Robin', role: 'host' as const, joinedAt: 1 } };
    expect(badgesFor(state, 'me').role).toBe('host');
  });
});

describe('H shortcut', () => {
  const key = (k: string, target: unknown = { tagName: 'BODY' }) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, repeat: false, target });

  it('raises or lowers the hand, but never while typing', () => {
    expect(shortcutFor(key('h'))).toBe('toggle-hand');
    expect(shortcutFor(key('H'))).toBe('toggle-hand');
    expect(shortcutFor(key('h', { tagName: 'TEXTAREA' }))).toBeNull();
    expect(shortcutFor(key('h', { tagName: 'INPUT', type: 'text' }))).toBeNull();
  });
});

describe('createServerClock', () => {
  it('shows whole seconds and ticks only while watched', () => {
    const timers = new ManualTimers();
    let now = 10_400;
    const clock = createServerClock(() => now, timers);
    expect(clock.get()).toBe(10_000);
    let seen = 0;
    const off = clock.subscribe(() => (seen += 1));
    now = 11_010;
    timers.advance(1_000);
    expect(seen).toBe(1);
    expect(clock.get()).toBe(11_000);
    off();
    expect(timers.pending).toBe(0);
  });
});
