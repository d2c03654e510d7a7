import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../../client/core/api/client';
import { createSessionStore } from '../../../../client/core/api/session';
import { apiError, fakeServer, json, type Handler } from '../../apiFakes';

const anonymous = { account: null, groups: [] };
const signedIn = { account: { id: 'a', email: 'r@x.org', displayName: 'Robin', canCreateGroups: true }, groups: [] };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('session store', () => {
  it('loads /api/me once, on its first subscriber', async () => {
    const server = fakeServer({ 'GET /api/me': json(200, anonymous) });
    const session = createSessionStore(createApiClient(server.fetch));
    expect(server.requests).toHaveLength(0);
    const stop1 = session.subscribe(() => {});
    const stop2 = session.subscribe(() => {});
    await session.load();
    expect(session.get()).toEqual({ status: 'ready', me: anonymous });
    expect(server.requests).toHaveLength(1);
    stop1();
    stop2();
  });

  it('refresh loads again; signOut posts logout then reloads', async () => {
    let answer: object = anonymous;
    const server = fakeServer({ 'GET /api/me': () => json(200, answer), 'POST /api/auth/logout': json(204) });
    const session = createSessionStore(createApiClient(server.fetch));
    await session.load();
    answer = signedIn;
    await session.refresh();
    expect(session.get()).toEqual({ status: 'ready', me: signedIn });
    answer = anonymous;
    await session.signOut();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/me', 'GET /api/me', 'POST /api/auth/logout', 'GET /api/me']);
    expect(session.get()).toEqual({ status: 'ready', me: anonymous });
  });

  it('a failed first load is shown; a failed refresh keeps the last good answer', async () => {
    let handler: Handler = () => apiError(500, 'internal', 'boom');
    const session = createSessionStore(createApiClient(fakeServer({ 'GET /api/me': (r) => handler(r) }).fetch));
    await session.load();
    expect(session.get()).toEqual({ status: 'failed', message: 'Boom.' });
    handler = () => json(200, signedIn);
    await session.refresh();
    handler = () => apiError(500, 'internal', 'boom');
    await session.refresh();
    expect(session.get()).toEqual({ status: 'ready', me: signedIn });
  });

  it('a slow older answer never overwrites a newer one', async () => {
    const slow = deferred<Response>();
    let calls = 0;
    const session = createSessionStore(createApiClient(fakeServer({ 'GET /api/me': () => (++calls === 1 ? slow.promise : json(200, signedIn)) }).fetch));
    const first = session.load();
    await session.refresh();
    slow.resolve(json(200, anonymous));
    await first;
    expect(session.get()).toEqual({ status: 'ready', me: signedIn });
  });
});
