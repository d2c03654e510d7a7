// Everything the account, group and invite pages need from the outside world, in one object the
// app builds once and tests replace with stubs.
import { createApiClient, type ApiClient, type FetchLike } from './client';
import { createSessionStore, type SessionStore } from './session';

export interface Services {
  api: ApiClient;
  session: SessionStore;
  navigate(path: string, options?: { replace?: boolean }): void;
  copy(text: string): Promise<void>;
  now(): number;
}

export function createBrowserServices(navigate: Services['navigate'], fetchFn: FetchLike = (input, init) => fetch(input, init)): Services {
  const api = createApiClient(fetchFn);
  return {
    api,
    session: createSessionStore(api),
    navigate,
    // Undefined outside secure contexts: the rejection makes the view show "copy it yourself".
    copy: async (text) => navigator.clipboard.writeText(text),
    now: () => Date.now(),
  };
}
