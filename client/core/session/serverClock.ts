// The server's clock in whole seconds, as a store that ticks only while someone watches it (a
// countdown on screen). Whole seconds keep the snapshot stable between renders.
import type { Listener, ReadableStore } from '../store';
import type { Timers } from './viewport';

export const CLOCK_STEP_MS = 1000;

export function createServerClock(serverNow: () => number, timers: Timers): ReadableStore<number> {
  const listeners = new Set<Listener>();
  let handle: unknown = null;
  const tick = (): void => {
    for (const listener of [...listeners]) listener();
    // Aim just past the next whole second, so each tick shows a new value.
    handle = timers.setTimeout(tick, CLOCK_STEP_MS - (serverNow() % CLOCK_STEP_MS) + 5);
  };
  return {
    get: () => Math.floor(serverNow() / CLOCK_STEP_MS) * CLOCK_STEP_MS,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) handle = timers.setTimeout(tick, CLOCK_STEP_MS - (serverNow() % CLOCK_STEP_MS) + 5);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && handle !== null) {
          timers.clearTimeout(handle);
          handle = null;
        }
      };
    },
  };
}
