import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../../client/core/errors';
import { RetryPolicy } from '../../../../client/core/session/retryPolicy';

describe('RetryPolicy', () => {
  it('backs off on transient errors and gives up on the fifth failure', () => {
    const policy = new RetryPolicy(5);
    const timeout = new RequestError('room:prepare', 'timeout', '');
    const delays = [1, 2, 3, 4].map(() => policy.next(timeout));
    expect(delays.map((d) => (d.type === 'retry' ? d.delayMs : -1))).toEqual([500, 1000, 2000, 4000]);
    expect(policy.next(timeout)).toEqual({ type: 'give-up' });
    policy.reset();
    expect(policy.next(timeout).type).toBe('retry');
  });

  it('gives up at once on errors the server means', () => {
    expect(new RetryPolicy().next(new RequestError('room:join', 'not_authorized', '')).type).toBe('give-up');
  });
});
