import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../client/core/api/apiError';
import { createResource } from '../../../../client/core/api/resource';

describe('resource', () => {
  it('loads on first subscribe only, and reloads on demand', async () => {
    let n = 0;
    const resource = createResource(() => Promise.resolve(++n));
    expect(n).toBe(0);
    const stop = resource.subscribe(() => {});
    resource.subscribe(() => {})();
    await new Promise((r) => setTimeout(r, 0));
    expect(resource.get()).toEqual({ status: 'ready', data: 1 });
    await resource.reload();
    expect(resource.get()).toEqual({ status: 'ready', data: 2 });
    stop();
  });

  it('keeps the error code, so pages can tell an expired link from a network problem', async () => {
    const resource = createResource(() => Promise.reject(new ApiError('token_expired', 'This link has expired.', 410)));
    await resource.reload();
    expect(resource.get()).toEqual({ status: 'failed', code: 'token_expired', message: 'This link has expired.' });
  });

  it('refresh keeps the shown data when the background load fails, and replaces it when it works', async () => {
    const answers: Array<number | Error> = [1, new Error('offline'), 3];
    const resource = createResource(() => {
      const a = answers.shift()!;
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    });
    await resource.refresh(); // nothing shown yet: a plain load
    expect(resource.get()).toEqual({ status: 'ready', data: 1 });
    await resource.refresh();
    expect(resource.get()).toEqual({ status: 'ready', data: 1 });
    await resource.refresh();
    expect(resource.get()).toEqual({ status: 'ready', data: 3 });
  });
});
