import { describe, expect, it, vi } from 'vitest';
import { createLazyStore, createStore } from '../../../client/core/store';

describe('createStore', () => {
  it('notifies subscribers on change, not on the same value, and stops after unsubscribe', () => {
    const store = createStore({ n: 1 });
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.update((s) => ({ n: s.n + 1 }));
    expect(store.get()).toEqual({ n: 2 });
    store.set(store.get());
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    store.set({ n: 3 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tolerates a listener unsubscribing itself during notification', () => {
    const store = createStore(0);
    const second = vi.fn();
    const off = store.subscribe(() => off());
    store.subscribe(second);
    store.set(1);
    store.set(2);
    expect(second).toHaveBeenCalledTimes(2);
  });
});

describe('createLazyStore', () => {
  it('starts work on the first subscriber and stops it after the last one leaves', () => {
    const stop = vi.fn();
    let push: (n: number) => void = () => undefined;
    const start = vi.fn((set: (n: number) => void) => {
      push = set;
      return stop;
    });
    const store = createLazyStore(0, start);
    expect(start).not.toHaveBeenCalled();
    const a = store.subscribe(() => undefined);
    const b = store.subscribe(() => undefined);
    expect(start).toHaveBeenCalledTimes(1);
    push(0.5);
    expect(store.get()).toBe(0.5);
    a();
    a(); // double unsubscribe must not count twice
    expect(stop).not.toHaveBeenCalled();
    b();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
