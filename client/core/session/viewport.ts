// Tells the server how big each remote video is drawn, so it forwards the simulcast layer that
// fits. Debounced per consumer (resizing a window fires dozens of sizes) and sent only when the
// size really changed, because every report may make the server switch layers. The first
// visible size of a consumer is sent at once.

export const VIEWPORT_DEBOUNCE_MS = 300;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Send = (consumerId: string, width: number, height: number) => void;

export class ViewportReporter {
  private readonly sent = new Map<string, string>();
  private readonly pending = new Map<string, unknown>();

  constructor(
    private readonly send: Send,
    private readonly timers: Timers = realTimers,
    private readonly delayMs = VIEWPORT_DEBOUNCE_MS,
  ) {}

  report(consumerId: string, width: number, height: number): void {
    const w = Math.max(0, Math.round(width));
    const h = Math.max(0, Math.round(height));
    const previous = this.pending.get(consumerId);
    if (previous !== undefined) this.timers.clearTimeout(previous);
    // The first size goes out at once: the server should pick the right layer before the first
    // keyframe, not switch (and wait for another keyframe) 300 ms later.
    if (!this.sent.has(consumerId) && w > 0 && h > 0) {
      this.pending.delete(consumerId);
      this.deliver(consumerId, w, h);
      return;
    }
    const handle = this.timers.setTimeout(() => {
      this.pending.delete(consumerId);
      this.deliver(consumerId, w, h);
    }, this.delayMs);
    this.pending.set(consumerId, handle);
  }

  private deliver(consumerId: string, w: number, h: number): void {
    const key = `${w}x${h}`;
    if (this.sent.get(consumerId) === key) return;
    this.sent.set(consumerId, key);
    this.send(consumerId, w, h);
  }

  /** The consumer is gone: drop its timer and memory, so nothing is sent for it any more. */
  forget(consumerId: string): void {
    const handle = this.pending.get(consumerId);
    if (handle !== undefined) this.timers.clearTimeout(handle);
    this.pending.delete(consumerId);
    this.sent.delete(consumerId);
  }

  clear(): void {
    for (const id of [...this.pending.keys()]) this.forget(id);
    this.sent.clear();
  }
}
