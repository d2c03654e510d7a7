// A minimal subscribable value: the one shape every hook adapts with useSyncExternalStore.
// Snapshots are replaced, never mutated, so React can compare them by identity.

export type Listener = () => void;

export interface ReadableStore<T> {
  get(): T;
  subscribe(listener: Listener): () => void;
}

export interface Store<T> extends ReadableStore<T> {
  set(next: T): void;
  update(fn: (current: T) => T): void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<Listener>();
  const set = (next: T): void => {
    if (Object.is(next, value)) return;
    value = next;
    // Copy first: a listener may unsubscribe (or subscribe) while we notify.
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => value,
    set,
    update: (fn) => set(fn(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * A store whose work (polling, audio graphs) runs only while someone is subscribed: `start` is
 * called on the first subscriber and its cleanup on the last unsubscribe.
 */
export function createLazyStore<T>(initial: T, start: (set: (value: T) => void) => () => void): ReadableStore<T> {
  const inner = createStore(initial);
  let stop: (() => void) | null = null;
  let count = 0;
  return {
    get: inner.get,
    subscribe(listener) {
      const unsubscribe = inner.subscribe(listener);
      count += 1;
      if (count === 1) stop = start(inner.set);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        unsubscribe();
        count -= 1;
        if (count === 0 && stop) {
          stop();
          stop = null;
        }
      };
    },
  };
}
