// The app controller, its route and its current session, through React context.
import { createContext, useContext } from 'react';
import type { HearthApp } from '../core/app';
import type { Route } from '../core/router';
import type { RoomSession } from '../core/session/roomSession';
import { useStore } from './useStore';

export const AppContext = createContext<HearthApp | null>(null);

export function useApp(): HearthApp {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside AppContext');
  return app;
}

export function useRoute(): Route {
  return useStore(useApp().router.route);
}

export function useCurrentSession(): RoomSession | null {
  return useStore(useApp().session);
}
