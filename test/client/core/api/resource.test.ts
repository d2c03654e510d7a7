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
});
