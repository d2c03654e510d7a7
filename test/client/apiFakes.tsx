// A fake Hearth REST server behind a stubbed fetch, and a render helper that hands pages the real
// API client on top of it, so page tests check the actual requests (method, path, JSON body).
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { GroupView, MemberView, MyGroupView } from '../../shared/api';
import { createApiClient, type FetchLike } from '../../client/core/api/client';
import type { Me } from '../../client/core/api/responses';
import type { Services } from '../../client/core/api/services';
import { createSessionStore } from '../../client/core/api/session';
import { ServicesContext } from '../../client/hooks/useServices';

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
  init: RequestInit;
}

export type Handler = (request: SentRequest) => Response | Promise<Response>;

export function json(status: number, body?: unknown): Response {
  if (status === 204 || body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function apiError(status: number, code: string, message: string, fields?: Record<string, string>): Response {
  return json(status, { error: { code, message, ...(fields ? { fields } : {}) } });
}

/** Handlers keyed `'POST /api/auth/login'`; anything else answers 404 and is listed in `unexpected`. */
export function fakeServer(handlers: Record<string, Handler | Response>) {
  const requests: SentRequest[] = [];
  const unexpected: string[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request: SentRequest = { method: init.method ?? 'GET', path: input, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined, init };
    requests.push(request);
    const key = `${request.method} ${request.path}`;
    const handler = handlers[key];
    if (!handler) {
      unexpected.push(key);
      return apiError(404, 'not_found', `no handler for ${key}`);
    }
    return typeof handler === 'function' ? handler(request) : handler.clone();
  };
  return {
    fetch,
    requests,
    unexpected,
    /** Requests to one route, e.g. `sent('POST /api/auth/login')`. */
    sent: (key: string) => requests.filter((r) => `${r.method} ${r.path}` === key),
  };
}

export const NOW = Date.parse('2025-11-25T12:00:00Z');

/** `now`: the services' clock (NOW unless a test moves it, as test/client/schedule/harness.tsx does). */
export function renderWithServices(ui: ReactElement, handlers: Record<string, Handler | Response>, now: () => number = () => NOW) {
  const server = fakeServer(handlers);
  const api = createApiClient(server.fetch);
  const navigate = vi.fn();
  const copy = vi.fn((_text: string) => Promise.resolve());
  const services: Services = { api, session: createSessionStore(api), navigate, copy, now };
  const result = render(<ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>);
  return { ...result, server, services, navigate, copy };
}

// ---- fixtures ---------------------------------------------------------------------------------

export const GROUP_ID = '3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d';

export const groupView: GroupView = {
  id: GROUP_ID,
  name: 'Tuesday Circle',
  description: 'For people living with chronic pain.\nWe meet on Tuesdays.',
  focus: 'chronic_illness',
  guidelines: 'What is shared here stays here.\nSpeak from your own experience.',
  settings: { waitingRoom: true, talkingStick: false, turnSeconds: 120 },
  createdAt: '2025-11-01T10:00:00Z',
};

export function myGroup(role: MyGroupView['myRole'], extra: Partial<MyGroupView> = {}): MyGroupView {
  return { ...groupView, myRole: role, myMembershipId: 'mship-me', myPseudonym: 'Robin', ...extra };
}

export function me(over: Partial<Me> = {}): Me {
  return { account: null, groups: [], ...over };
}

export const account = { id: 'acc-1', email: 'robin@example.org', displayName: 'Robin', canCreateGroups: true };

export function member(id: string, pseudonym: string, role: MemberView['role'] = 'member'): MemberView {
  return { membershipId: id, pseudonym, role, avatarColour: '#3f6470', joinedAt: '2025-11-02T10:00:00Z' };
}
