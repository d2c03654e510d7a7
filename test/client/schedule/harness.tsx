// Renders schedule views with the real API client on the fake server (test/client/apiFakes.tsx)
// and a clock the test moves, and pins the viewer's zone in this device's prefs.
import type { ReactElement } from 'react';
import { renderWithServices, type Handler } from '../apiFakes';

/** The zone schedules are shown in, as if the member had chosen it (whatever the host's TZ). */
export function pinViewerZone(zone: string | null): void {
  localStorage.setItem('hearth.prefs.v1', JSON.stringify({ viewerZone: zone }));
}

export function renderWithClock(ui: ReactElement, handlers: Record<string, Handler | Response>, startAt: string) {
  const clock = { now: Date.parse(startAt) };
  return {
    ...renderWithServices(ui, handlers, () => clock.now),
    /** Moves the browser's clock; views see it on their next tick (within a second). */
    setNow: (iso: string) => void (clock.now = Date.parse(iso)),
  };
}
