// When a setup attempt fails: try again after a pause, or give up and show Retry. Errors the
// server means (not found, not authorized, bad payload) are not worth repeating.
import { isTransient, RequestError } from '../errors';
import { RECONNECT_ATTEMPTS } from '../signalling';

const DELAYS_MS = [500, 1000, 2000, 4000, 4000];

export type RetryDecision = { type: 'retry'; delayMs: number } | { type: 'give-up' };

export class RetryPolicy {
  private failures = 0;

  constructor(private readonly maxAttempts = RECONNECT_ATTEMPTS) {}

  next(error: unknown): RetryDecision {
    this.failures += 1;
    const hard = error instanceof RequestError && !isTransient(error);
    if (hard || this.failures >= this.maxAttempts) return { type: 'give-up' };
    return { type: 'retry', delayMs: DELAYS_MS[Math.min(this.failures, DELAYS_MS.length) - 1] ?? 4000 };
  }

  reset(): void {
    this.failures = 0;
  }
}
