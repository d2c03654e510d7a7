// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionView } from '../../../shared/session';
import { RequestError } from '../../../client/core/errors';
import { RoomPage } from '../../../client/pages/RoomPage';
import { installMediaStubs } from '../dom';
import { settle, type FakeSignalling } from '../fakes';
import { liveView, makeLiveSession, otherPeer, queueOf, sendView, SERVER_TIME } from './harness';

beforeAll(installMediaStubs);
afterEach(cleanup);

async function flush(): Promise<void> {
  await act(async () => {
    await settle();
  });
}

/** In the room with Fern (facilitator) and Sam; returns the fakes to drive it. */
async function inRoom(opts: Parameters<typeof makeLiveSession>[0] = {}) {
  const ctx = makeLiveSession(opts);
  const fern = otherPeer(ctx.signalling, 'fac', 'Fern');
  const sam = otherPeer(ctx.signalling, 'sam', 'Sam');
  ctx.signalling.responders['room:join'] = () => ({
    place: 'room' as const,
    self: { peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 10 },
    peers: [{ ...fern.peer, role: 'facilitator' as const }, sam.peer],
    producers: [...fern.producers, ...sam.producers],
    consumers: [],
  });
  render(<RoomPage session={ctx.session} onRejoin={vi.fn()} onHome={vi.fn()} />);
  await flush();
  act(() => ctx.session.join());
  await flush();
  return ctx;
}

function show(signalling: FakeSignalling, view: SessionView): void {
  act(() => sendView(signalling, view));
}

const stickOn = { ...liveView().settings, floor: 'stick' as const };

describe('Room: hand and queue', () => {
  it('the hand button and the H shortcut raise and lower the hand (not while typing)', async () => {
    const { signalling } = await inRoom();
    show(signalling, liveView());
    const hand = screen.getByRole('button', { name: 'Raise hand' });
    expect(hand.getAttribute('aria-pressed')).toBe('false');
    await act(async () => {
      fireEvent.click(hand);
      await settle();
    });
    expect(signalling.payloads('hand:raise')).toEqual([{}]);

    show(signalling, liveView({ you: { queuePosition: 1 }, queue: queueOf(['me', 'Robin']) }));
    expect(screen.getByRole('button', { name: 'Raise hand' }).getAttribute('aria-pressed')).toBe('true');
    await act(async () => {
      fireEvent.keyDown(window, { key: 'h' });
      await settle();
    });
    expect(signalling.payloads('hand:lower')).toEqual([{}]);

    const field = document.createElement('textarea');
    document.body.append(field);
    await act(async () => {
      fireEvent.keyDown(field, { key: 'h' });
      await settle();
    });
    field.remove();
    expect(signalling.count('hand:lower')).toBe(1);
    expect(signalling.count('hand:raise')).toBe(1);
  });

  it('shows the queue in order to everyone, and one\'s own place in it', async () => {
    const { signalling } = await inRoom();
    show(signalling, liveView({ you: { queuePosition: 3 }, queue: queueOf(['sam', 'Sam'], ['ash', 'Ash'], ['me', 'Robin']) }));
    const queue = screen.getByRole('region', { name: 'Hands raised' });
    const names = within(queue).getAllByRole('listitem').map((li) => li.textContent);
    expect(names).toEqual(['Sam', 'Ash', 'Robin (you)']);
    expect(within(queue).getByText('You are 3rd in the queue')).toBeTruthy();
    // The raised hand shows on Sam's tile too, with its place.
    expect(screen.getByRole('img', { name: 'Sam’s hand is raised, 1st in the queue' })).toBeTruthy();
  });

  it('a refused hand raise shows the server\'s reason', async () => {
    const { signalling } = await inRoom();
    signalling.responders['hand:raise'] = () => {
      throw new RequestError('hand:raise', 'conflict', 'you are holding the talking stick');
    };
    show(signalling, liveView());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Raise hand' }));
      await settle();
    });
    expect(screen.getByText('You are holding the talking stick.')).toBeTruthy();
  });
});

describe('Room: talking stick', () => {
  it('counts the turn down in server time, and says when it awaits the facilitator', async () => {
    const { signalling, clock, timers } = await inRoom();
    const stick = { speaker: 'sam', displayName: 'Sam', endsAt: SERVER_TIME + 95_000, awaitingConfirm: false };
    show(signalling, liveView({ settings: stickOn, stick }));
    const banner = screen.getByRole('region', { name: 'Talking stick' });
    expect(banner.textContent).toContain('Sam is speaking');
    expect(within(banner).getByRole('timer').textContent).toBe('01:35');
    act(() => {
      clock.now += 1_000;
      timers.advance(1_010); // the clock ticks just past each whole second
    });
    expect(within(banner).getByRole('timer').textContent).toBe('01:34');
    show(signalling, liveView({ settings: stickOn, stick: { ...stick, awaitingConfirm: true } }));
    expect(screen.getByRole('region', { name: 'Talking stick' }).textContent).toContain('awaiting the facilitator');
  });

  it('says "Your turn" when the stick is ours, with a way to finish', async () => {
    const { signalling } = await inRoom();
    show(signalling, liveView({ settings: stickOn, stick: { speaker: 'me', displayName: 'Robin', endsAt: SERVER_TIME + 60_000, awaitingConfirm: false } }));
    expect(screen.getByRole('region', { name: 'Talking stick' }).textContent).toContain('Your turn');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'I’m done' }));
      await settle();
    });
    expect(signalling.payloads('stick:finish')).toEqual([{}]);
  });

  it('the mic toggle explains itself while someone else holds the stick', async () => {
    const { signalling } = await inRoom({ micOn: false });
    show(signalling, liveView({ settings: stickOn, stick: { speaker: 'sam', displayName: 'Sam', endsAt: SERVER_TIME + 60_000, awaitingConfirm: false } }));
    const mic = screen.getByRole('button', { name: 'Turn microphone on' });
    expect(mic.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(mic.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('Sam has the talking stick. Raise your hand to speak next.');
    await act(async () => {
      fireEvent.click(mic);
      await settle();
    });
    expect(signalling.count('producer:resume')).toBe(0);
  });

  it('"Your turn" takes focus, is announced, and Pass gives the stick on and returns focus', async () => {
    const { signalling } = await inRoom({ micOn: false });
    show(signalling, liveView({ settings: stickOn }));
    const hand = screen.getByRole('button', { name: 'Raise hand' });
    hand.focus();
    act(() => signalling.emit('session:notice', { kind: 'your_turn', endsAt: SERVER_TIME + 60_000 }));
    const prompt = screen.getByRole('alertdialog', { name: 'Your turn' });
    expect(document.activeElement).toBe(within(prompt).getByRole('button', { name: 'Unmute' }));
    expect(document.querySelector('[aria-live="assertive"]')?.textContent).toBe('It is your turn to speak');
    await act(async () => {
      fireEvent.click(within(prompt).getByRole('button', { name: 'Pass' }));
      await settle();
    });
    expect(signalling.payloads('stick:pass')).toEqual([{}]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(hand);
  });

  it('Unmute in the your-turn prompt turns the mic on', async () => {
    const { signalling, local } = await inRoom({ micOn: false });
    act(() => signalling.emit('session:notice', { kind: 'your_turn', endsAt: SERVER_TIME + 60_000 }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Unmute' }));
      await settle();
    });
    expect(local.state.get().micOn).toBe(true);
    expect(signalling.count('producer:resume')).toBe(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('Room: facilitator mute', () => {
  it('shows "Muted by the facilitator" near the controls while muted, and the mic stays off', async () => {
    const { signalling, media } = await inRoom();
    const mic = media.liveProducer('mic')!;
    act(() => {
      signalling.emit('producer:paused', { producerId: mic.id, peerId: 'me' });
      signalling.emit('session:notice', { kind: 'muted_by_facilitator', source: 'mic' });
    });
    show(signalling, liveView({ you: { mutedBy: { mic: true, camera: false } } }));
    await flush();
    const toggle = screen.getByRole('button', { name: 'Turn microphone on' });
    expect(toggle.getAttribute('aria-disabled')).toBe('true');
    const note = document.getElementById(toggle.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toMatch(/^Muted by the facilitator/);
    expect(screen.getAllByText(/Muted by the facilitator/).length).toBeGreaterThan(0);
    expect(within(screen.getByRole('group', { name: 'Robin (you)' })).getByRole('img', { name: 'microphone off' })).toBeTruthy();
  });

  it('ask to unmute: the member chooses; Stay muted keeps the mic off', async () => {
    const { signalling, local } = await inRoom({ micOn: false });
    act(() => signalling.emit('session:notice', { kind: 'ask_to_unmute', source: 'mic' }));
    const prompt = screen.getByRole('alertdialog', { name: 'Would you like to unmute?' });
    await act(async () => {
      fireEvent.click(within(prompt).getByRole('button', { name: 'Stay muted' }));
      await settle();
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(local.state.get().micOn).toBe(false);
    expect(signalling.count('producer:resume')).toBe(0);
  });
});

describe('Room: tiles and side panel', () => {
  it('shows role badges and reactions on tiles', async () => {
    const { signalling } = await inRoom();
    show(signalling, liveView());
    const frame = screen.getByRole('group', { name: 'Fern' }).parentElement!;
    expect(frame.textContent).toContain('Facilitator');
    act(() => signalling.emit('reaction', { peerId: 'sam', reaction: 'heart' }));
    const samFrame = screen.getByRole('group', { name: 'Sam' }).parentElement!;
    expect(within(samFrame).getByRole('status')).toBeTruthy();
  });

  it('members get a People list and the Chat; new messages are counted while chat is closed', async () => {
    const { signalling } = await inRoom();
    show(signalling, liveView());
    fireEvent.click(screen.getByRole('button', { name: 'People' }));
    const panel = screen.getByRole('complementary', { name: 'People' });
    expect(within(panel).getByRole('heading', { name: /People/ })).toBeTruthy();
    expect(within(panel).getByText('Fern')).toBeTruthy();
    act(() => signalling.emit('chat:message', { messageId: 'm1', from: { peerId: 'sam', displayName: 'Sam' }, to: 'room', text: 'hello all', sentAt: 5 }));
    fireEvent.click(screen.getByRole('button', { name: 'Chat, 1 new' }));
    const chat = screen.getByRole('complementary', { name: 'Chat' });
    expect(chat.textContent).toContain('hello all');
    expect(screen.getByRole('button', { name: 'Chat' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('facilitators see their panel in People from the start', async () => {
    const { signalling } = await inRoom();
    show(signalling, liveView({ you: { role: 'facilitator' }, waiting: [{ peerId: 'w1', displayName: 'Wren', since: 1 }] }));
    const panel = screen.getByRole('complementary', { name: 'People' });
    expect(within(panel).getByRole('button', { name: /Admit Wren/ })).toBeTruthy();
  });
});
