// The REST client: one typed `call` per route of shared/api's ROUTES. Paths, methods and body
// schemas come from the route table, so the client cannot drift from what the server mounts.
import type { z } from 'zod';
import { fillPath, ROUTES, type RouteName, type RouteParamNames } from '../../../shared/api';

export { fillPath };
import { ApiError, errorFromResponse, UNREACHABLE_MESSAGE } from './apiError';
import type { ApiResponses } from './responses';
import { validateBody } from './validation';

type Spec<N extends RouteName> = (typeof ROUTES)[N];

export type ParamsOf<N extends RouteName> = RouteParamNames<N>;
export type BodyOf<N extends RouteName> = Spec<N> extends { body: infer S extends z.ZodType } ? z.input<S> : never;

export type CallOptions<N extends RouteName> = ([ParamsOf<N>] extends [never]
  ? { params?: undefined }
  : { params: Record<ParamsOf<N>, string> }) &
  ([BodyOf<N>] extends [never] ? { body?: undefined } : { body: BodyOf<N> });

type CallArgs<N extends RouteName> = [ParamsOf<N>, BodyOf<N>] extends [never, never] ? [options?: CallOptions<N>] : [options: CallOptions<N>];

export interface ApiClient {
  /**
   * Calls one route: resolves with its typed answer, or rejects with an ApiError (also for a body
   * that fails its schema, before anything is sent, and for no answer at all: code `unavailable`).
   */
  call<N extends RouteName>(name: N, ...args: CallArgs<N>): Promise<ApiResponses[N]>;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export function createApiClient(fetchFn: FetchLike): ApiClient {
  return {
    async call(name, ...args) {
      const spec: { method: string; path: string; body?: z.ZodType } = ROUTES[name];
      const options = (args[0] ?? {}) as { params?: Record<string, string>; body?: unknown };
      const body = spec.body ? validateBody(spec.body, options.body) : undefined;
      const method = spec.method.toUpperCase();
      // Cookies are httpOnly and same-origin; a JSON content type also keeps other sites from
      // posting here without a CORS preflight, on top of the server's Origin check.
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (method !== 'GET') headers['Content-Type'] = 'application/json';
      let response: Response;
      try {
        response = await fetchFn(fillPath(spec.path, options.params), {
          method,
          credentials: 'same-origin',
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch {
        throw new ApiError('unavailable', UNREACHABLE_MESSAGE, 0);
      }
      const payload = await readJson(response);
      if (!response.ok) throw errorFromResponse(response.status, payload);
      if (response.status === 204) return undefined as ApiResponses[typeof name];
      if (payload === undefined) throw errorFromResponse(500, undefined);
      return payload as ApiResponses[typeof name];
    },
  };
}

/** The body as JSON, or undefined when it is empty or not JSON (a proxy's error page). */
async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
