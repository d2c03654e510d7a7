import { describe, expect, it } from 'vitest';
import { ApiError, UNREACHABLE_MESSAGE } from '../../../../client/core/api/apiError';
import { createApiClient, fillPath } from '../../../../client/core/api/client';
import { apiError, fakeServer, json } from '../../apiFakes';

const GROUP = '3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('fillPath', () => {
  it('fills every :param and encodes it, so a value cannot add a path segment', () => {
    expect(fillPath('/api/groups/:groupId/members/:membershipId', { groupId: 'g1', membershipId: 'm/../x' })).toBe('/api/groups/g1/members/m%2F..%2Fx');
    expect(fillPath('/api/invites/:token', { token: 'a b?c#d' })).toBe('/api/invites/a%20b%3Fc%23d');
    expect(fillPath('/api/me')).toBe('/api/me');
  });

  it('refuses a missing parameter instead of calling a wrong path', () => {
    expect(() => fillPath('/api/groups/:groupId', {})).toThrow('missing path parameter groupId');
  });
});

describe('api.call', () => {
  it('sends the route’s method and path, same-origin credentials and a JSON body', async () => {
    const server = fakeServer({ 'POST /api/auth/login': json(200, { id: 'a', email: 'r@x.org', displayName: 'R', canCreateGroups: false }) });
    const api = createApiClient(server.fetch);
    const answer = await api.call('login', { body: { email: '  Robin@Example.ORG ', password: 'secret' } });
    expect(answer.displayName).toBe('R');
    const [request] = server.requests;
    expect(request?.init.credentials).toBe('same-origin');
    expect(request?.init.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
    // The body is sent as the schema parsed it: trimmed and lower-cased email.
    expect(request?.body).toEqual({ email: 'robin@example.org', password: 'secret' });
  });

  it('fills path parameters and answers undefined for 204', async () => {
    const server = fakeServer({ [`DELETE /api/groups/${GROUP}/invites/inv%201`]: json(204) });
    const api = createApiClient(server.fetch);
    await expect(api.call('revokeInvite', { params: { groupId: GROUP, inviteId: 'inv 1' } })).resolves.toBeUndefined();
    expect(server.requests[0]?.init.body).toBeUndefined();
    expect(server.unexpected).toEqual([]);
  });

  it('GET requests carry no body and no content type', async () => {
    const server = fakeServer({ 'GET /api/me': json(200, { account: null, groups: [] }) });
    const api = createApiClient(server.fetch);
    expect(await api.call('me')).toEqual({ account: null, groups: [] });
    expect(server.requests[0]?.init).toMatchObject({ method: 'GET', headers: { Accept: 'application/json' } });
  });

  it('validates the body with the shared schema before sending, with a message per field', async () => {
    const server = fakeServer({});
    const api = createApiClient(server.fetch);
    const error = await failure(api.call('setup', { body: { email: 'not-an-email', password: 'short', displayName: '' } }));
    expect(error.code).toBe('invalid_payload');
    expect(error.status).toBe(0);
    expect(error.fields).toEqual({
      email: 'Enter a valid email address.',
      password: 'A password has at least 10 characters.',
      displayName: 'Choose a name to show in the room.',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('uses plain words where the schema has no message, with dotted paths for nested fields', async () => {
    const api = createApiClient(fakeServer({}).fetch);
    const invite = await failure(api.call('createInvite', { params: { groupId: GROUP }, body: { role: 'member', expiresInHours: 24, maxUses: Number('abc'), note: 'x'.repeat(121) } }));
    expect(invite.fields).toEqual({ maxUses: 'Enter a whole number.', note: 'Use at most 120 characters.' });
    const staff = await failure(api.call('acceptStaffInvite', { params: { token: 't' }, body: { acceptGuidelines: false as true, account: { email: 'x', password: 'long enough pw', displayName: 'Sam' } } }));
    expect(staff.fields).toEqual({ acceptGuidelines: 'Accept the guidelines to join.', 'account.email': 'Enter a valid email address.' });
  });

  it('turns an error body into an ApiError with code, sentence message, fields and status', async () => {
    const server = fakeServer({ 'POST /api/auth/login': apiError(409, 'conflict', 'that email is taken', { email: 'already in use' }) });
    const error = await failure(createApiClient(server.fetch).call('login', { body: { email: 'a@b.org', password: 'x' } }));
    expect(error).toMatchObject({ code: 'conflict', message: 'That email is taken.', status: 409, fields: { email: 'Already in use.' } });
  });

  it('maps statuses without our error body to codes (a proxy page, an empty 500)', async () => {
    const server = fakeServer({
      'GET /api/me': new Response('<html>Bad gateway</html>', { status: 502 }),
      'GET /api/setup': new Response('', { status: 500 }),
      [`GET /api/groups/${GROUP}`]: json(403, { error: { code: 'made_up', message: 'x' } }),
    });
    const api = createApiClient(server.fetch);
    expect((await failure(api.call('me'))).code).toBe('unavailable');
    expect((await failure(api.call('setupStatus'))).code).toBe('internal');
    expect(await failure(api.call('getGroup', { params: { groupId: GROUP } }))).toMatchObject({ code: 'not_authorized', message: 'Your role in this group does not allow that.' });
  });

  it('a network failure is `unavailable` with a message people can act on', async () => {
    const api = createApiClient(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(api.call('me'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe(UNREACHABLE_MESSAGE);
    expect(error.message).toBe('We could not reach Hearth. Check your connection and try again.');
  });

  it('an ok answer that is not JSON is an internal error, not a crash later', async () => {
    const api = createApiClient(() => Promise.resolve(new Response('oops', { status: 200 })));
    expect((await failure(api.call('me'))).code).toBe('internal');
  });
});
