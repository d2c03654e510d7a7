// The routes of Hearth and the history API: rooms (`/r/<roomId>`), the account, group and invite
// pages of issue 3, guest links to instant rooms (`/guest/<token>`), the group's live session
// (`/g/<groupId>`), and its schedule and "find a time" pages (`/groups/<groupId>/schedule`, issue 6).
import { idParam } from '../../shared/api';
import { isValidRoomId } from './roomId';
import { parsePrefill, type SchedulePrefill } from './schedule/schedulePrefill';
import { createStore, type ReadableStore } from './store';

export type Route =
  | { name: 'landing' }
  | { name: 'room'; roomId: string }
  | { name: 'setup' }
  | { name: 'signin'; next: string | null }
  | { name: 'groups' }
  | { name: 'group'; groupId: string }
  | { name: 'invite'; token: string }
  | { name: 'guest'; token: string }
  | { name: 'member-home' }
  | { name: 'group-session'; groupId: string }
  /** `prefill`: a start carried over from "find a time" (`?zone=…&start=…&minutes=…`), if any. */
  | { name: 'group-schedule'; groupId: string; prefill: SchedulePrefill | null }
  | { name: 'group-find-time'; groupId: string }
  | { name: 'not-found'; path: string };

/** Invite and guest link tokens are opaque to the client; this only keeps absurd input out of a request path. */
const MAX_TOKEN_LENGTH = 2048;

const FIXED: Record<string, Route> = {
  '/': { name: 'landing' },
  '': { name: 'landing' },
  '/setup': { name: 'setup' },
  '/groups': { name: 'groups' },
  '/me': { name: 'member-home' },
};

export function parseRoute(pathname: string, search = ''): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const fixed = FIXED[path];
  if (fixed) return fixed;
  if (path === '/signin') return { name: 'signin', next: safeNext(new URLSearchParams(search).get('next')) };

  const [, section, raw, ...rest] = path.split('/');
  const value = rest.length === 0 && raw ? decode(raw) : null;
  if (value !== null) {
    if (section === 'r' && isValidRoomId(value.toLowerCase())) return { name: 'room', roomId: value.toLowerCase() };
    if (section === 'groups' && isId(value)) return { name: 'group', groupId: value.toLowerCase() };
    if (section === 'g' && isId(value)) return { name: 'group-session', groupId: value.toLowerCase() };
    if ((section === 'invite' || section === 'guest') && isToken(value)) return { name: section, token: value };
  }
  // A group's own pages: `/groups/<id>/schedule` and `/groups/<id>/find-time`.
  const groupId = section === 'groups' && rest.length === 1 && raw ? decode(raw) : null;
  if (groupId !== null && isId(groupId)) {
    if (rest[0] === 'schedule') return { name: 'group-schedule', groupId: groupId.toLowerCase(), prefill: parsePrefill(search) };
    if (rest[0] === 'find-time') return { name: 'group-find-time', groupId: groupId.toLowerCase() };
  }
  return { name: 'not-found', path: pathname };
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // malformed %-escape: no page has that address
  }
}

function isToken(value: string): boolean {
  return value.length <= MAX_TOKEN_LENGTH && !/[\s/]/.test(value);
}

function isId(value: string): boolean {
  return idParam.safeParse(value).success;
}

/**
 * A `?next=` target after signing in: only a path on this site, never `//elsewhere` or a full URL,
 * so a crafted sign-in link cannot send someone to another site.
 */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return parseRoute(next.split('?')[0] ?? '').name === 'not-found' ? null : next;
}

export function signInPath(next?: string): string {
  return next ? `/signin?next=${encodeURIComponent(next)}` : '/signin';
}

export interface Router {
  route: ReadableStore<Route>;
  navigate(path: string, options?: { replace?: boolean }): void;
  dispose(): void;
}

export function createRouter(win: Window = window): Router {
  const store = createStore<Route>(parseRoute(win.location.pathname, win.location.search));
  const sync = (): void => {
    const next = parseRoute(win.location.pathname, win.location.search);
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
