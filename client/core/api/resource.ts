// One piece of server data a page shows (a group, an invite preview): loading, ready or failed,
// with reload. Starts loading on its first subscriber, so a resource nobody shows costs nothing.
import { createStore, type ReadableStore } from '../store';
import { ApiError, describeApiError, type ClientApiErrorCode } from './apiError';

export type ResourceState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; code: ClientApiErrorCode; message: string };

export interface Resource<T> extends ReadableStore<ResourceState<T>> {
  /** Loads again; the current data stays visible until the new answer arrives. */
  reload(): Promise<void>;
  /** A background reload: a failure keeps the data shown (a reload when nothing is shown yet). */
  refresh(): Promise<void>;
}

export function createResource<T>(load: () => Promise<T>): Resource<T> {
  const store = createStore<ResourceState<T>>({ status: 'loading' });
  let started = false;
  let generation = 0;

  /** `quiet`: a failure keeps what is shown; the next refresh (or a reload) tries again. */
  const run = async (quiet = false): Promise<void> => {
    started = true;
    const mine = ++generation;
    if (store.get().status === 'failed') store.set({ status: 'loading' });
    try {
      const data = await load();
      if (mine === generation) store.set({ status: 'ready', data });
    } catch (error) {
      if (mine !== generation || quiet) return;
      store.set({ status: 'failed', code: error instanceof ApiError ? error.code : 'internal', message: describeApiError(error) });
    }
  };

  return {
    get: store.get,
    subscribe(listener) {
      const unsubscribe = store.subscribe(listener);
      if (!started) void run();
      return unsubscribe;
    },
    reload: () => run(),
    refresh: () => run(store.get().status === 'ready'),
  };
}
