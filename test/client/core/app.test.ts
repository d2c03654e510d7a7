import { describe, expect, it, vi } from 'vitest';
import { HearthApp } from '../../../client/core/app';
import { targetRoomId, type RoomTarget } from '../../../client/core/roomTarget';
import type { Route, Router } from '../../../client/core/router';
import type { RoomSession } from '../../../client/core/session/roomSession';
import { createStore } from '../../../client/core/store';

function fakeRouter(initial: Route): Router & { go(route: Route): void } {
  const route = createStore<Route>(initial);
  return { route, navigate: vi.fn(), dispose: vi.fn(), go: (r) => route.set(r) };
}

function fakeSession(target: RoomTarget) {
  return { roomId: targetRoomId(target), leave: vi.fn(() => Promise.resolve()), dispose: vi.fn() } as unknown as RoomSession & {
    leave: ReturnType<typeof vi.fn>;
    dispose: ReturnType<typeof vi.fn>;
  };
}

describe('HearthApp', () => {
  it('opens one session per room route, keeps it across re-renders, and leaves it when the route changes', () => {
    const router = fakeRouter({ name: 'landing' });
    const make = vi.fn(fakeSession);
    const app = new HearthApp(router, make);
    expect(app.session.get()).toBeNull();
    router.go({ name: 'room', roomId: 'abc-defg-hij' });
    const first = app.session.get() as ReturnType<typeof fakeSession>;
    expect(first.roomId).toBe('abc-defg-hij');
    router.go({ name: 'room', roomId: 'abc-defg-hij' });
    expect(make).toHaveBeenCalledTimes(1);
    router.go({ name: 'landing' });
    expect(first.leave).toHaveBeenCalled();
    expect(app.session.get()).toBeNull();
  });

  it('rejoin replaces a left session with a fresh one for the same room', () => {
    const router = fakeRouter({ name: 'room', roomId: 'abc-defg-hij' });
    const app = new HearthApp(router, fakeSession);
    const first = app.session.get() as ReturnType<typeof fakeSession>;
    app.rejoin();
    expect(first.dispose).toHaveBeenCalled();
    expect(app.session.get()).not.toBe(first);
    expect(app.session.get()?.roomId).toBe('abc-defg-hij');
  });

  it('opens a group\'s live session on /g/<groupId>, in the room the server names g-<groupId>', () => {
    const groupId = '6d0f3c1e-8a2b-4c5d-9e7f-0a1b2c3d4e5f';
    const router = fakeRouter({ name: 'landing' });
    const make = vi.fn(fakeSession);
    const app = new HearthApp(router, make);
    router.go({ name: 'group-session', groupId });
    expect(make).toHaveBeenCalledWith({ kind: 'group', groupId });
    expect(app.session.get()?.roomId).toBe(`g-${groupId}`);
  });
});
