// Browser entry: build the app controller, expose `window.hearth` for e2e tests and
// diagnostics, and render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { HearthApp } from './core/app';
import { createSession } from './core/createSession';
import { createRouter } from './core/router';
import type { RoomSession } from './core/session/roomSession';
import { AppContext } from './hooks/useApp';
import './styles/app.css';

declare global {
  interface Window {
    hearth: { readonly session: RoomSession | null; readonly app: HearthApp };
  }
}

const app = new HearthApp(createRouter(window), createSession);

window.hearth = {
  get session() {
    return app.session.get();
  },
  app,
};

// Leaving by closing the tab: tell the server now rather than after a socket timeout.
window.addEventListener('pagehide', () => app.dispose());

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <AppContext.Provider value={app}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
