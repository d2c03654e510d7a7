// A token bucket per connection: a burst for joining (many requests at once), then a steady rate.
export interface RateLimitOptions {
  burst: number;
  perSecond: number;
  now?: () => number;
}

export function createRateLimiter({ burst, perSecond, now = Date.now }: RateLimitOptions): () => boolean {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
