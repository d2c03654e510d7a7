// Who this browser is: the signed-in account (if any) and every group it belongs to, from
// GET /api/me. Loads on its first subscriber; pages refresh it after signing in, joining or leaving.
import { createStore, type ReadableStore } from '../store';
import { describeApiError } from './apiError';
import type { ApiClient } from './client';
import type { Me } from './responses';

export type SessionState =
  | { status: 'loading' }
  | { status: 'ready'; me: Me }
  | { status: 'failed'; message: string };

export interface SessionStore extends ReadableStore<SessionState> {
  /** Loads once; later calls return the same promise. */
  load(): Promise<void>;
  /** Loads again (after sign-in, joining, leaving). Keeps showing the old answer meanwhile. */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

export function createSessionStore(api: ApiClient): SessionStore {
  const store = createStore<SessionState>({ status: 'loading' });
  let first: Promise<void> | null = null;
  let generation = 0;

  const fetchMe = async (): Promise<void> => {
    // A slow answer must not overwrite a newer one (refresh right after sign-in).
    const mine = ++generation;
    if (store.get().status === 'failed') store.set({ status: 'loading' });
    try {
      const me = await api.call('me');
      if (mine === generation) store.set({ status: 'ready', me });
    } catch (error) {
      if (mine !== generation) return;
      // After a successful load, a failed refresh keeps the last known answer.
      if (store.get().status !== 'ready') store.set({ status: 'failed', message: describeApiError(error) });
    }
  };

  const load = (): Promise<void> => (first ??= fetchMe());

  return {
    get: store.get,
    subscribe(listener) {
      const unsubscribe = store.subscribe(listener);
      void load();
      return unsubscribe;
    },
    load,
    refresh() {
      first ??= Promise.resolve();
      return fetchMe();
    },
    async signOut() {
      await api.call('logout');
      await fetchMe();
    },
  };
}
