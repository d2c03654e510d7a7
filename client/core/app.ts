// The app's one piece of global state: which RoomSession is live. Sessions follow the route,
// not React's mount/unmount cycle, so StrictMode or a re-render never opens a second connection.
import { targetRoomId, type RoomTarget } from './roomTarget';
import type { Route, Router } from './router';
import type { RoomSession } from './session/roomSession';
import { createStore, type ReadableStore } from './store';

export class HearthApp {
  private readonly current = createStore<RoomSession | null>(null);
  private readonly unsubscribe: () => void;

  constructor(
    readonly router: Router,
    private readonly makeSession: (target: RoomTarget) => RoomSession,
  ) {
    this.unsubscribe = router.route.subscribe(() => this.follow());
    this.follow();
  }

  get session(): ReadableStore<RoomSession | null> {
    return this.current;
  }

  /** After leaving: a fresh session for the same room, starting at the prejoin screen. */
  rejoin(): void {
    const old = this.current.get();
    const target = targetOf(this.router.route.get());
    if (!old || !target) return;
    old.dispose();
    this.current.set(this.makeSession(target));
  }

  dispose(): void {
    this.unsubscribe();
    void this.current.get()?.leave();
    this.current.set(null);
  }

  private follow(): void {
    const target = targetOf(this.router.route.get());
    const session = this.current.get();
    if (session && target && session.roomId === targetRoomId(target)) return;
    if (session) void session.leave();
    this.current.set(target ? this.makeSession(target) : null);
  }
}

function targetOf(route: Route): RoomTarget | null {
  if (route.name === 'room') return { kind: 'instant', roomId: route.roomId };
  if (route.name === 'group-session') return { kind: 'group', groupId: route.groupId };
  return null;
}

