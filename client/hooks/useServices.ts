// The account side's services (REST client, session store, navigation, clipboard, clock) through
// React context, so pages stay render-only and tests can hand in stubs.
import { createContext, useContext } from 'react';
import type { Services } from '../core/api/services';
import type { SessionState } from '../core/api/session';
import { useStore } from './useStore';

export type { Services };

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}

/** The signed-in account and this browser's groups; loads on first use. */
export function useSession(): SessionState {
  return useStore(useServices().session);
}
