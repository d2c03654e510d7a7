// Attempt limits of the public routes that check secrets (passwords, invite links, recovery
// codes): the realtime token bucket, one per key. Keys (client addresses, emails) live only in
// this process's memory: never logged, never stored, gone after a restart.
import { createRateLimiter } from '../realtime/rateLimit';
import { ApiError } from './errors';

export interface Limit {
  /** Attempts allowed at once. */
  burst: number;
  /** Attempts regained per second. */
  perSecond: number;
}

const MINUTE = 60;
export const LIMITS = {
  /** Sign-in attempts per client address. */
  loginPerClient: { burst: 20, perSecond: 20 / MINUTE },
  /** Failed sign-ins per account (by email): 5 per 15 minutes, reset by a successful one. */
  loginPerAccount: { burst: 5, perSecond: 5 / (15 * MINUTE) },
  /** Invite previews and accepts, setup, and recovery codes, per client address. */
  tokensPerClient: { burst: 30, perSecond: 30 / MINUTE },
  /**
   * Calendar feed fetches per client address: calendar apps poll every few minutes to hours, so
   * this is generous for a household behind one address and still stops token guessing. Its own
   * budget, so polling never uses up anyone's invite attempts.
   */
  calendarFeedsPerClient: { burst: 30, perSecond: 30 / MINUTE },
} as const satisfies Record<string, Limit>;

/** Keys kept at most; beyond it idle (full) buckets go first, then the least recently used. */
const MAX_KEYS = 10_000;

export interface KeyedLimiter {
  /** Takes one attempt for `key`, or throws ApiError rate_limited with Retry-After. */
  take(key: string): void;
  /** Forgets `key`: a successful sign-in clears its failures. */
  reset(key: string): void;
  readonly size: number;
}

export function createKeyedLimiter(limit: Limit, now: () => number, maxKeys = MAX_KEYS): KeyedLimiter {
  const buckets = new Map<string, { take: () => boolean; lastUsed: number }>();
  // An untouched bucket is full again after this long, the same as a new one: it can go.
  const refillMs = (limit.burst / limit.perSecond) * 1000;
  const retryAfterSeconds = Math.ceil(1 / limit.perSecond);

  const evict = () => {
    const t = now();
    for (const [key, b] of buckets) if (t - b.lastUsed >= refillMs) buckets.delete(key);
    // Map order is least recently used first, as take() re-inserts the key it uses.
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  };

  return {
    take(key) {
      let bucket = buckets.get(key);
      if (bucket) buckets.delete(key);
      else {
        if (buckets.size >= maxKeys) evict();
        bucket = { take: createRateLimiter({ ...limit, now }), lastUsed: now() };
      }
      bucket.lastUsed = now();
      buckets.set(key, bucket);
      if (!bucket.take()) throw new ApiError('rate_limited', 'too many attempts; wait a little and try again', { retryAfterSeconds });
    },
    reset(key) {
      buckets.delete(key);
    },
    get size() {
      return buckets.size;
    },
  };
}

export interface ApiLimiters {
  loginPerClient: KeyedLimiter;
  loginPerAccount: KeyedLimiter;
  tokensPerClient: KeyedLimiter;
  calendarFeedsPerClient: KeyedLimiter;
}

export function createApiLimiters(now: () => number): ApiLimiters {
  return {
    loginPerClient: createKeyedLimiter(LIMITS.loginPerClient, now),
    loginPerAccount: createKeyedLimiter(LIMITS.loginPerAccount, now),
    tokensPerClient: createKeyedLimiter(LIMITS.tokensPerClient, now),
    calendarFeedsPerClient: createKeyedLimiter(LIMITS.calendarFeedsPerClient, now),
  };
}

/**
 * The key of "this client" for per-client limits: its address (from X-Forwarded-For only when
 * TRUST_PROXY says a proxy sets it). Used as a map key in memory, nowhere else.
 */
export function clientKey(req: { ip?: string | undefined; socket: { remoteAddress?: string | undefined } }): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
