import { expect, it } from 'vitest';
import { createRateLimiter } from '../../../server/realtime/rateLimit';

it('allows a burst, refuses past it, and refills at the steady rate', () => {
  let t = 0;
  const allow = createRateLimiter({ burst: 3, perSecond: 2, now: () => t });
  expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
  t += 499;
  expect(allow()).toBe(false);
  t += 1;
  expect(allow()).toBe(true);
  t += 60_000;
  expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
});
