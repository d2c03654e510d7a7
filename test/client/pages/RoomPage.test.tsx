// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LocalMedia } from '../../../client/core/media/localMedia';
import { RoomSession } from '../../../client/core/session/roomSession';
import { Landing } from '../../../client/pages/Landing';
import { RoomPage } from '../../../client/pages/RoomPage';
import { FakeMediaDevices, FakeSignalling, settle, StubMedia } from '../fakes';
import { installMediaStubs } from '../dom';

beforeAll(installMediaStubs);
afterEach(cleanup);

function makeSession() {
  const signalling = new FakeSignalling();
  const media = new StubMedia();
  const local = new LocalMedia(new FakeMediaDevices(), { micOn: true, cameraOn: true, micDeviceId: null, cameraDeviceId: null });
  const session = new RoomSession('kfr-wqpz-mtd', { signalling, loadDevice: media.loadDevice, local });
  return { session, signalling };
}

async function flush(): Promise<void> {
  await act(async () => {
    await settle();
  });
}

describe('RoomPage', () => {
  it('prejoin: shows the name the server gave (no name to type), joins, then shows the room', async () => {
    const { session, signalling } = makeSession();
    render(<RoomPage session={session} onRejoin={vi.fn()} onHome={vi.fn()} />);
    await flush();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText(/You will appear as/).textContent).toContain('Robin');
    fireEvent.click(screen.getByRole('button', { name: /^Join/ }));
    await flush();
    expect(signalling.count('room:join')).toBe(1);
    expect(screen.getByRole('group', { name: 'Robin (you)' })).toBeTruthy();
    expect(screen.getByRole('toolbar', { name: 'Call controls' })).toBeTruthy();
  });

  it('room: the M shortcut toggles the mic, but not while typing; Leave shows the left screen', async () => {
    const { session } = makeSession();
    render(<RoomPage session={session} onRejoin={vi.fn()} onHome={vi.fn()} />);
    await flush();
    act(() => void session.join());
    await flush();
    expect(screen.getByRole('button', { name: 'Turn microphone off' })).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(window, { key: 'm' });
      await settle();
    });
    expect(screen.getByRole('button', { name: 'Turn microphone on' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'microphone off' })).toBeTruthy();

    const input = document.createElement('input');
    document.body.append(input);
    await act(async () => {
      fireEvent.keyDown(input, { key: 'm' });
      await settle();
    });
    expect(screen.getByRole('button', { name: 'Turn microphone on' })).toBeTruthy();
    input.remove();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
      await settle();
    });
    expect(screen.getByRole('heading', { name: 'You left the room' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rejoin' })).toBeTruthy();
  });

  it('goes through the waiting room when the server says so, and shows why a removal ended the session', async () => {
    const { session, signalling } = makeSession();
    signalling.responders['room:join'] = () => ({
      place: 'waiting' as const,
      self: { peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 10 },
      peers: [],
      producers: [],
      consumers: [],
    });
    render(<RoomPage session={session} onRejoin={vi.fn()} onHome={vi.fn()} />);
    await flush();
    fireEvent.click(screen.getByRole('button', { name: /^Join/ }));
    await flush();
    expect(screen.getByText('The host will let you in soon.')).toBeTruthy(); // an instant room: its host admits
    act(() => signalling.emit('room:entered', { place: 'room', self: { peerId: 'me', displayName: 'Robin', role: 'member', joinedAt: 10 }, peers: [], producers: [], consumers: [] }));
    await flush();
    expect(screen.getByRole('toolbar', { name: 'Call controls' })).toBeTruthy();
    act(() => signalling.emit('session:notice', { kind: 'removed', blocked: false }));
    expect(screen.getByRole('heading', { name: 'You are no longer in this session' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('A facilitator asked you to leave this session.');
  });

  it('shows a Retry button when the connection failed', async () => {
    const { session, signalling } = makeSession();
    render(<RoomPage session={session} onRejoin={vi.fn()} onHome={vi.fn()} />);
    await flush();
    act(() => signalling.setStatus('failed'));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});

describe('Landing', () => {
  it('starts a room with a fresh id and offers copy and open', async () => {
    const navigate = vi.fn();
    const copy = vi.fn(() => Promise.resolve());
    render(<Landing origin="https://hearth.example" navigate={navigate} copy={copy} signedIn />);
    fireEvent.click(screen.getByRole('button', { name: 'Start an instant room' }));
    const link = (screen.getByLabelText('Share this link with your group') as HTMLInputElement).value;
    expect(link).toMatch(/^https:\/\/hearth\.example\/r\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Copy link/ }));
    });
    expect(copy).toHaveBeenCalledWith(link);
    fireEvent.click(screen.getByRole('button', { name: 'Open room' }));
    expect(navigate).toHaveBeenCalledWith(new URL(link).pathname);
  });

  it('offers instant rooms only to signed-in accounts', () => {
    render(<Landing origin="https://x" navigate={vi.fn()} copy={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Start an instant room' })).toBeNull();
    expect(screen.queryByLabelText('Room link or code')).toBeNull();
  });

  it('goes to a pasted link and explains a bad one', () => {
    const navigate = vi.fn();
    render(<Landing origin="https://x" navigate={navigate} copy={vi.fn()} signedIn />);
    const field = screen.getByLabelText('Room link or code');
    fireEvent.change(field, { target: { value: 'not a room!' } });
    fireEvent.click(screen.getByRole('button', { name: /Go to room/ }));
    expect(screen.getByRole('alert').textContent).toContain('kfr-wqpz-mtd');
    fireEvent.change(field, { target: { value: 'https://x/r/abc-defg-hij' } });
    fireEvent.click(screen.getByRole('button', { name: /Go to room/ }));
    expect(navigate).toHaveBeenCalledWith('/r/abc-defg-hij');
  });
});
