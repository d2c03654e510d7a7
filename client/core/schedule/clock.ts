// The schedule's clock: the browser's clock corrected by the server's (UpcomingResponse.now), in
// whole seconds, ticking only while a countdown is on screen.
import { createServerClock } from '../session/serverClock';
import { realTimers, type Timers } from '../session/viewport';
import type { ReadableStore } from '../store';
import { serverSkew } from './joinState';

export interface ScheduleClock extends ReadableStore<number> {
  /** The server said it is `serverNow` (ISO): count from there from now on. */
  syncTo(serverNow: string): void;
}

export function createScheduleClock(browserNow: () => number, timers: Timers = realTimers): ScheduleClock {
  let skew = 0;
  const inner = createServerClock(() => browserNow() + skew, timers);
  return {
    get: inner.get,
    subscribe: inner.subscribe,
    syncTo(serverNow) {
      skew = serverSkew(serverNow, browserNow());
    },
  };
}
