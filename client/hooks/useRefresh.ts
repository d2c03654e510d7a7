// Keeps a page's server data fresh while it is on screen: a quiet refresh every `everyMs` (by the
// services' clock, checked each second, so tests can move it) and when the tab is shown again.
import { useEffect } from 'react';
import type { Resource } from '../core/api/resource';
import { useServices } from './useServices';

/** A tab shown again refreshes only if its data is at least this old. */
const ON_SHOW_MIN_AGE_MS = 5_000;

export function useRefresh(resource: Resource<unknown>, everyMs: number): void {
  const { now } = useServices();
  useEffect(() => {
    let last = now();
    const refreshIf = (age: number): void => {
      if (document.visibilityState === 'hidden' || now() - last < age) return;
      last = now();
      void resource.refresh();
    };
    const tick = setInterval(() => refreshIf(everyMs), 1000);
    const onShow = (): void => refreshIf(ON_SHOW_MIN_AGE_MS);
    document.addEventListener('visibilitychange', onShow);
    return () => {
      clearInterval(tick);
      document.removeEventListener('visibilitychange', onShow);
    };
  }, [resource, everyMs, now]);
}
