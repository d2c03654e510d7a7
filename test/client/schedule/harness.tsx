// Renders schedule views with the real API client on the fake server (test/client/apiFakes.tsx)
// and a clock the test moves, and pins the viewer's zone in this device's prefs.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { createApiClient } from '../../../client/core/api/client';
import type { Services } from '../../../client/core/api/services';
import { createSessionStore } from '../../../client/core/api/session';
import { ServicesContext } from '../../../client/hooks/useServices';
import { fakeServer, type Handler } from '../apiFakes';

/** The zone schedules are shown in, as if the member had chosen it (whatever the host's TZ). */
export function pinViewerZone(zone: string | null): void {
  localStorage.setItem('hearth.prefs.v1', JSON.stringify({ viewerZone: zone }));
}

export function renderWithClock(ui: ReactElement, handlers: Record<string, Handler | Response>, startAt: string) {
  const clock = { now: Date.parse(startAt) };
  const server = fakeServer(handlers);
  const api = createApiClient(server.fetch);
  const navigate = vi.fn();
  const copy = vi.fn((_text: string) => Promise.resolve());
  const services: Services = { api, session: createSessionStore(api), navigate, copy, now: () => clock.now };
  const result = render(<ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>);
  return {
    ...result,
    server,
    copy,
    navigate,
    /** Moves the browser's clock; views see it on their next tick (within a second). */
    setNow: (iso: string) => void (clock.now = Date.parse(iso)),
  };
}
