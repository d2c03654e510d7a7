// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RoomPage } from '../../../client/pages/RoomPage';
import { installMediaStubs } from '../dom';
import { settle } from '../fakes';
import { makeLiveSession, sendView, waitingView } from './harness';

beforeAll(installMediaStubs);
afterEach(cleanup);

async function flush(): Promise<void> {
  await act(async () => {
    await settle();
  });
}

async function waiting(roomId?: string) {
  const ctx = makeLiveSession({ roomId });
  ctx.signalling.responders['room:join'] = () => ({
    place: 'waiting' as const,
    self: { peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 10 },
    peers: [],
    producers: [],
    consumers: [],
  });
  render(<RoomPage session={ctx.session} onRejoin={vi.fn()} onHome={vi.fn()} />);
  await flush();
  fireEvent.click(screen.getByRole('button', { name: /^Join/ }));
  await flush();
  return ctx;
}

describe('WaitingRoom', () => {
  it('is a calm screen with the group name, the guidelines, a preview and device choices', async () => {
    await waiting();
    expect(screen.getByRole('heading', { level: 1, name: 'Tuesday circle' })).toBeTruthy();
    expect(screen.getByText('The facilitator will let you in soon.').getAttribute('role')).toBe('status');
    const guidelines = screen.getByRole('region', { name: 'Community guidelines' });
    expect(guidelines.textContent).toContain('Be kind.\nWhat is said here stays here.');
    expect(within(screen.getByRole('region', { name: 'Your preview' })).getByText('Microphone level')).toBeTruthy();
    expect(document.querySelector('video')).not.toBeNull();
    expect(screen.getByLabelText('Microphone')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn microphone off' })).toBeTruthy();
    expect(screen.queryByRole('toolbar', { name: 'Call controls' })).toBeNull();
  });

  it('in an instant room the host is the one who lets you in', async () => {
    await waiting('kfr-wqpz-mtd');
    expect(screen.getByText('The host will let you in soon.')).toBeTruthy();
  });

  it('says when the room is locked', async () => {
    const { signalling } = await waiting();
    act(() => sendView(signalling, waitingView(true)));
    expect(screen.getByText(/The room is locked for now/)).toBeTruthy();
  });

  it('the M shortcut still works while waiting', async () => {
    const { local } = await waiting();
    await act(async () => {
      fireEvent.keyDown(window, { key: 'm' });
      await settle();
    });
    expect(local.state.get().micOn).toBe(false);
  });

  it('Leave tells the server and shows the left screen', async () => {
    const { signalling } = await waiting();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
      await settle();
    });
    expect(signalling.count('room:leave')).toBe(1);
    expect(screen.getByRole('heading', { name: 'You left the room' })).toBeTruthy();
  });

  it('admitted: the room appears; declined: the facilitator\'s message, with no Rejoin', async () => {
    const first = await waiting();
    act(() =>
      first.signalling.emit('room:entered', {
        place: 'room',
        self: { peerId: 'me', displayName: 'Robin', role: 'member', joinedAt: 10 },
        peers: [],
        producers: [],
        consumers: [],
      }),
    );
    await flush();
    expect(screen.getByRole('toolbar', { name: 'Call controls' })).toBeTruthy();
    cleanup();

    const second = await waiting();
    act(() => second.signalling.emit('session:notice', { kind: 'declined', message: 'This group is full tonight' }));
    expect(screen.getByRole('alert').textContent).toBe('The facilitator could not let you in this time: This group is full tonight');
    expect(screen.queryByRole('button', { name: 'Rejoin' })).toBeNull();
  });
});
