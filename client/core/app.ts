// The app's one piece of global state: which RoomSession is live. Sessions follow the route,
// not React's mount/unmount cycle, so StrictMode or a re-render never opens a second connection.
import type { Router } from './router';
import type { RoomSession } from './session/roomSession';
import { createStore, type ReadableStore } from './store';

export class HearthApp {
  private readonly current = createStore<RoomSession | null>(null);
  private readonly unsubscribe: () => void;

  constructor(
    readonly router: Router,
    private readonly makeSession: (roomId: string) => RoomSession,
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
    if (!old) return;
    old.dispose();
    this.current.set(this.makeSession(old.roomId));
  }

  dispose(): void {
    this.unsubscribe();
    void this.current.get()?.leave();
    this.current.set(null);
  }

  private follow(): void {
    const route = this.router.route.get();
    const session = this.current.get();
    const roomId = route.name === 'room' ? route.roomId : null;
    if (session && session.roomId === roomId) return;
    if (session) void session.leave();
    this.current.set(roomId ? this.makeSession(roomId) : null);
  }
}
