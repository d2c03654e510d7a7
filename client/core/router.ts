// Two routes and the history API are all Hearth needs: `/` and `/r/<roomId>`.
import { isValidRoomId } from './roomId';
import { createStore, type ReadableStore } from './store';

export type Route = { name: 'landing' } | { name: 'room'; roomId: string } | { name: 'not-found'; path: string };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'landing' };
  const match = /^\/r\/([^/]+)\/?$/.exec(pathname);
  const roomId = match?.[1] ? decodeURIComponent(match[1]).toLowerCase() : null;
  if (roomId && isValidRoomId(roomId)) return { name: 'room', roomId };
  return { name: 'not-found', path: pathname };
}

export interface Router {
  route: ReadableStore<Route>;
  navigate(path: string, options?: { replace?: boolean }): void;
  dispose(): void;
}

export function createRouter(win: Window = window): Router {
  const store = createStore<Route>(parseRoute(win.location.pathname));
  const sync = (): void => {
    const next = parseRoute(win.location.pathname);
    const current = store.get();
    // Same route: keep the snapshot, so nothing re-renders or re-creates a session.
    if (JSON.stringify(next) !== JSON.stringify(current)) store.set(next);
  };
  win.addEventListener('popstate', sync);
  return {
    route: store,
    navigate(path, options) {
      if (options?.replace) win.history.replaceState(null, '', path);
      else win.history.pushState(null, '', path);
      sync();
    },
    dispose: () => win.removeEventListener('popstate', sync),
  };
}
