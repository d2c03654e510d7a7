// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../client/App';
import { HearthApp } from '../../client/core/app';
import { createApiClient } from '../../client/core/api/client';
import { createSessionStore } from '../../client/core/api/session';
import type { Services } from '../../client/core/api/services';
import { parseRoute, type Router } from '../../client/core/router';
import type { RoomSession } from '../../client/core/session/roomSession';
import { createStore } from '../../client/core/store';
import { AppContext } from '../../client/hooks/useApp';
import { fakeServer, GROUP_ID, groupView, json, me, myGroup } from './apiFakes';

afterEach(cleanup);

function setup(path: string) {
  // Like the browser: the query string is not part of the path.
  const parse = (p: string) => parseRoute(p.split('?')[0] ?? '', p.includes('?') ? p.slice(p.indexOf('?')) : '');
  const route = createStore(parse(path));
  const router: Router = { route, navigate: (p) => route.set(parse(p)), dispose: () => {} };
  // HearthApp opens a session for room routes; these tests only look at the account pages.
  const app = new HearthApp(router, () => ({ roomId: 'x', leave: () => Promise.resolve(), dispose: () => {} }) as unknown as RoomSession);
  const server = fakeServer({
    'GET /api/setup': json(200, { needsSetup: false }),
    'GET /api/me': json(200, me()),
    'GET /api/invites/tok': json(200, { role: 'member', group: groupView, expiresAt: '2030-01-01T00:00:00Z' }),
    'GET /api/guest-links/gtok': json(200, { roomId: 'kfr-wqpz-mtd', roomTitle: 'kfr-wqpz-mtd', expiresAt: '2030-01-01T00:00:00Z' }),
    [`GET /api/groups/${GROUP_ID}`]: json(200, myGroup('organiser')),
    [`GET /api/groups/${GROUP_ID}/series`]: json(200, { series: [] }),
    [`GET /api/groups/${GROUP_ID}/upcoming`]: json(200, { occurrences: [], joinEarlyMinutes: 10, now: '2030-01-01T00:00:00Z' }),
    [`GET /api/groups/${GROUP_ID}/availability`]: json(200, { mine: null }),
  });
  const api = createApiClient(server.fetch);
  const services: Services = { api, session: createSessionStore(api), navigate: router.navigate, copy: () => Promise.resolve(), now: () => 0 };
  render(
    <AppContext.Provider value={app}>
      <App services={services} />
    </AppContext.Provider>,
  );
  return { router };
}

describe('App routes', () => {
  it.each([
    ['/setup', 'Set up Hearth'],
    ['/signin', 'Sign in'],
    ['/me', 'My groups'],
    ['/groups', 'Sign in to see your groups'],
    ['/invite/tok', 'Join Tuesday Circle'],
    ['/guest/gtok', 'You’re invited to a Hearth room'],
    ['/nowhere', 'We couldn’t find that page'],
    [`/groups/${GROUP_ID}/schedule`, 'Schedule: Tuesday Circle'],
    [`/groups/${GROUP_ID}/find-time`, 'Find a time: Tuesday Circle'],
    ['/groups/not-an-id/schedule', 'We couldn’t find that page'],
  ])('%s opens its page', async (path, heading) => {
    setup(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
  });

  it('links navigate inside the app, and the new page’s heading takes focus', async () => {
    const { router } = setup('/');
    await act(async () => {
      fireEvent.click(await screen.findByRole('link', { name: 'Sign in' }));
    });
    expect(router.route.get()).toEqual({ name: 'signin', next: null });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Sign in' }));
  });

  it('"Schedule this" opens the schedule form with that start', async () => {
    setup(`/groups/${GROUP_ID}/schedule?zone=Asia%2FKolkata&start=2030-02-05T20%3A30&minutes=60`);
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    expect((form.querySelector('#series-date') as HTMLInputElement).value).toBe('2030-02-05');
    expect((form.querySelector('#series-zone') as HTMLInputElement).value).toBe('Asia/Kolkata');
  });

  it('parses guest links like invite links', () => {
    expect(parseRoute('/guest/a.b-c_d')).toEqual({ name: 'guest', token: 'a.b-c_d' });
    expect(parseRoute('/guest/').name).toBe('not-found');
    expect(parseRoute('/guest/a%2Fb').name).toBe('not-found');
  });
});
