import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../server/http/errors';
import { clientKey, createKeyedLimiter, LIMITS } from '../../../server/http/limits';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const refusal = (f: () => void): ApiError | undefined => {
  try {
    f();
    return undefined;
  } catch (err) {
    return err as ApiError;
  }
};

describe('keyed limiter', () => {
  it('allows the burst, then refuses with rate_limited and a Retry-After', () => {
    const c = clock();
    const limiter = createKeyedLimiter(LIMITS.loginPerAccount, c.now);
    for (let i = 0; i < 5; i++) expect(refusal(() => limiter.take('a'))).toBeUndefined();
    const err = refusal(() => limiter.take('a'));
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'rate_limited', status: 429, options: { retryAfterSeconds: 180 } });
    expect(refusal(() => limiter.take('b'))).toBeUndefined(); // keys are independent
  });

  it('refills at its rate, and forgets a key on reset', () => {
    const c = clock();
    const limiter = createKeyedLimiter({ burst: 2, perSecond: 1 }, c.now);
    limiter.take('a');
    limiter.take('a');
    expect(refusal(() => limiter.take('a'))).toBeDefined();
    c.advance(1000);
    expect(refusal(() => limiter.take('a'))).toBeUndefined();
    expect(refusal(() => limiter.take('a'))).toBeDefined();
    limiter.reset('a');
    expect(refusal(() => limiter.take('a'))).toBeUndefined();
  });

  it('keeps at most maxKeys keys, dropping idle ones first, then the least recently used', () => {
    const c = clock();
    const limiter = createKeyedLimiter({ burst: 1, perSecond: 1 }, c.now, 3);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    c.advance(500);
    limiter.take('d'); // nobody idle long enough: 'a', the least recently used, goes
    expect(limiter.size).toBe(3);
    expect(refusal(() => limiter.take('a'))).toBeUndefined(); // a fresh bucket
    expect(refusal(() => limiter.take('d'))).toBeDefined(); // still remembered
    c.advance(5000);
    limiter.take('e'); // all idle: they go
    expect(limiter.size).toBe(1);
  });

  it('keys clients by the address express settled on', () => {
    expect(clientKey({ ip: '198.51.100.7', socket: { remoteAddress: '10.0.0.1' } })).toBe('198.51.100.7');
    expect(clientKey({ ip: undefined, socket: { remoteAddress: '10.0.0.1' } })).toBe('10.0.0.1');
  });
});
