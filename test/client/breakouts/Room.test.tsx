// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JoinResult } from '../../../shared/protocol';
import type { BreakoutsOverview, RoomBreakoutView, SessionView } from '../../../shared/session';
import { RoomPage } from '../../../client/pages/RoomPage';
import { installMediaStubs } from '../dom';
import { settle, type FakeSignalling } from '../fakes';
import { liveView, makeLiveSession, otherPeer } from '../session/harness';
import { breakoutOf, planning, running } from './views';

beforeAll(installMediaStubs);
afterEach(cleanup);

const self = { peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 10 };

async function flush(): Promise<void> {
  await act(async () => {
    await settle();
  });
}

async function inRoom() {
  const ctx = makeLiveSession();
  const sam = otherPeer(ctx.signalling, 'sam', 'Sam');
  ctx.signalling.responders['room:join'] = () => ({ place: 'room' as const, self, peers: [sam.peer], producers: sam.producers, consumers: [] });
  render(<RoomPage session={ctx.session} onRejoin={vi.fn()} onHome={vi.fn()} />);
  await flush();
  act(() => ctx.session.join());
  await flush();
  return ctx;
}

/** The room as the server sends it (the breakout as everyone in it shares it), then our part. */
function show(signalling: FakeSignalling, breakout: RoomBreakoutView | null, over: { role?: SessionView['you']['role']; breakouts?: BreakoutsOverview } = {}) {
  const { you, waiting: _w, breakouts: _b, breakout: _own, ...room } = liveView({ you: { role: over.role ?? 'member' } });
  act(() => {
    signalling.emit('session:room', { ...room, breakout });
    signalling.emit('session:you', you);
    if (over.breakouts) signalling.emit('session:breakouts', { breakouts: over.breakouts });
  });
}

async function click(name: string | RegExp, scope: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(scope).getByRole('button', { name }));
    await settle();
  });
}

describe('Room: in a breakout', () => {
  it('shows the room\'s name, topic and time left; asks for help; returns to the main room', async () => {
    const { signalling } = await inRoom();
    show(signalling, breakoutOf());
    const banner = screen.getByRole('region', { name: 'Circle 2' });
    expect(within(banner).getByText('Sleep and rest')).toBeTruthy();
    expect(within(banner).getByRole('timer', { name: 'Time left in this breakout' }).textContent).toBe('10:00');
    await click('Ask for help', banner);
    expect(signalling.payloads('breakout:askHelp')).toEqual([{}]);
    show(signalling, breakoutOf({ helpAskedAt: 5 }));
    expect(screen.getByText('Help is on the way')).toBeTruthy();
    const ask = screen.getByRole('button', { name: 'Ask for help' });
    expect(ask.getAttribute('aria-disabled')).toBe('true');
    await click('Ask for help');
    expect(signalling.count('breakout:askHelp')).toBe(1);
    await click('Return to main room');
    expect(signalling.payloads('breakout:returnToMain')).toEqual([{}]);
  });

  it('offers no way back when members must stay, and warns gently before the end', async () => {
    const { signalling, clock } = await inRoom();
    show(signalling, breakoutOf({ allowReturn: false, endsAt: clock.now + 60_000, warned: true }));
    expect(screen.queryByRole('button', { name: 'Return to main room' })).toBeNull();
    const banner = screen.getByRole('region', { name: 'Circle 2' });
    expect(within(banner).getByRole('timer').textContent).toBe('01:00');
    expect(within(banner).getAllByRole('status').map((s) => s.textContent)).toContain(
      'This breakout closes in about 1 minute. Everyone then returns to the main room.',
    );
  });

  it('a visiting facilitator sees "Visiting …" and goes back to the main room from there', async () => {
    const { signalling } = await inRoom();
    show(signalling, breakoutOf({ visitors: ['me'] }), { role: 'facilitator', breakouts: running() });
    const banner = screen.getByRole('region', { name: 'Visiting Circle 2' });
    expect(within(banner).queryByRole('button', { name: 'Ask for help' })).toBeNull();
    await click('Back to main room', banner);
    expect(signalling.payloads('breakout:visit')).toEqual([{ to: 'main' }]);
  });

  it('shows no banner in the main room', async () => {
    const { signalling } = await inRoom();
    show(signalling, null);
    expect(screen.queryByRole('button', { name: 'Ask for help' })).toBeNull();
  });
});

describe('Room: moving between rooms', () => {
  it('says "Moving to Circle 2…" over the grid until the new room is entered', async () => {
    const { signalling, local } = await inRoom();
    const ash = otherPeer(signalling, 'ash', 'Ash');
    let answer: (r: JoinResult) => void = () => undefined;
    signalling.responders['space:enter'] = () => new Promise<JoinResult>((resolve) => (answer = resolve));
    expect(screen.getByText('Sam')).toBeTruthy();
    act(() => signalling.emit('space:moved', { space: 'b2', routerRtpCapabilities: { codecs: [] } }));
    expect(screen.getByText('Moving to your breakout room…')).toBeTruthy();
    act(() => signalling.emit('session:notice', { kind: 'breakout_opened', roomId: 'b2', name: 'Circle 2', topic: '', endsAt: null }));
    await flush();
    expect(screen.getByText('Moving to Circle 2…').closest('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByText('Sam')).toBeNull();
    expect(local.state.get().micOn).toBe(true);
    await act(async () => {
      answer({ place: 'room', self, peers: [ash.peer], producers: ash.producers, consumers: [] });
      await settle();
    });
    expect(screen.queryByText(/Moving to/)).toBeNull();
    expect(screen.getByText('Ash')).toBeTruthy();
  });
});

describe('Room: the Breakouts panel', () => {
  it('is offered to facilitators of the session only', async () => {
    const { signalling } = await inRoom();
    show(signalling, null);
    expect(screen.queryByRole('button', { name: 'Breakouts' })).toBeNull();
    show(signalling, null, { role: 'facilitator', breakouts: planning() });
    await click('Breakouts');
    const panel = screen.getByRole('complementary', { name: 'Breakouts' });
    expect(within(panel).getByRole('button', { name: 'Create plan' })).toBeTruthy();
  });

  it('says on its button when a room asked for help', async () => {
    const { signalling } = await inRoom();
    show(signalling, null, { role: 'facilitator', breakouts: running() });
    expect(screen.getByRole('button', { name: 'Breakouts, a room asked for help' })).toBeTruthy();
  });

  it('a call for help shows as a toast with a button that goes there', async () => {
    const { signalling } = await inRoom();
    show(signalling, null, { role: 'facilitator', breakouts: running() });
    act(() => signalling.emit('session:notice', { kind: 'help_asked', roomId: 'b1', name: 'Circle 1' }));
    expect(screen.getByText('Circle 1 asked for help')).toBeTruthy();
    await click('Go to Circle 1');
    expect(signalling.payloads('breakout:visit')).toEqual([{ to: 'b1' }]);
  });
});
