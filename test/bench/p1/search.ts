// Coarse-to-fine search for the largest consumer count that still passes, within a time budget.
// Delivery stays at 100% until the worker's core saturates, then falls fast, so the worker CPU
// of a passing step predicts where to look next: jump towards ~97% CPU, then bisect the gap
// between the largest pass and the smallest failure down to a few percent.
import type { StepResult } from './step';

export interface SearchOptions {
  /** First count tried: small, to learn the cost of one consumer. */
  probe: number;
  maxN: number;
  /** Stop bisecting when the gap is at most this share of the largest pass. */
  resolution: number;
  /** Counts are multiples of this (a full subscriber transport). */
  granule: number;
  maxSteps: number;
  /** Absolute time (performance.now()) after which no new step starts. */
  deadline: number;
  /** Estimated seconds a step of n consumers takes, to decide whether it still fits. */
  stepSeconds: (n: number) => number;
}

export interface SearchResult {
  best: StepResult | null;
  firstFail: number | null;
  steps: StepResult[];
  stoppedBy: 'converged' | 'deadline' | 'max-steps' | 'max-n';
}

/** Load from other processes above which a failing step is measured again, once: on the worker's
 *  core any real share matters; the senders and sinks need only ~20% of theirs, but a busy core
 *  delays their timers and reads until packets bunch up. */
const FOREIGN_RETRY_PCT = { workerCore: 10, otherCore: 30 };

export function disturbed(r: StepResult): boolean {
  return r.foreignLoadOnWorkerCorePct > FOREIGN_RETRY_PCT.workerCore || r.foreignLoadOnOtherCorePct > FOREIGN_RETRY_PCT.otherCore;
}

export async function search(measure: (n: number) => Promise<StepResult>, o: SearchOptions,
  log: (s: string) => void): Promise<SearchResult> {
  const steps: StepResult[] = [];
  const snap = (x: number): number => Math.max(o.granule, Math.round(x / o.granule) * o.granule);
  let best: StepResult | null = null;
  let hi = Infinity; // smallest failing count
  let n = snap(o.probe);
  let stoppedBy: SearchResult['stoppedBy'] = 'max-steps';
  let retried = false;
  for (let i = 0; i < o.maxSteps; i++) {
    if (performance.now() + o.stepSeconds(n) * 1000 > o.deadline) { stoppedBy = 'deadline'; break; }
    const r = await measure(n);
    steps.push(r);
    log(`  N=${String(n).padStart(5)} ${r.pass ? 'pass' : 'FAIL'} delivery=${(r.delivery * 100).toFixed(2)}% ` +
      `e2e=${(r.endToEnd * 100).toFixed(2)}% worst=${(r.worstConsumer * 100).toFixed(1)}% workerCPU=${r.workerCpuPct}% ` +
      `${r.egressPps} pps ${r.egressMbps} Mbps sink=${r.sinkCpuPct}% snd=${r.senderCpuPct}% ` +
      `${r.videoAtTopLayer === null ? '' : `top-layer=${r.videoAtTopLayer}/${r.videoConsumers} `}` +
      `rcvbufErr=${r.udpRcvbufErrors} foreign=${r.foreignLoadOnWorkerCorePct}%/${r.foreignLoadOnOtherCorePct}% ` +
      `late=${(r.lateShare * 100).toFixed(2)}% ${r.settled ? '' : 'UNSETTLED '}build=${r.buildS}s${r.error ? ` error: ${r.error}` : ''}`);
    // A failure while something else ran on the worker's core says little about the worker:
    // measure that count once more rather than steer the search by it.
    if (!r.pass && !retried && disturbed(r)) {
      retried = true;
      log(`  N=${n}: other processes took ${r.foreignLoadOnWorkerCorePct}% of the worker's core and ` +
        `${r.foreignLoadOnOtherCorePct}% of the other; measuring again`);
      continue;
    }
    retried = false;
    if (r.pass && (!best || n > best.n)) best = r;
    if (!r.pass) hi = Math.min(hi, n);
    const lo = best?.n ?? 0;
    if (hi !== Infinity && hi - lo <= Math.max(o.granule, lo * o.resolution)) { stoppedBy = 'converged'; break; }
    let next: number;
    if (hi === Infinity) {
      if (n >= o.maxN) { stoppedBy = 'max-n'; break; }
      // CPU per consumer falls slightly as N grows, so this undershoots: approach from below.
      const factor = r.workerCpuPct > 0 ? Math.min(3, Math.max(1.12, 97 / r.workerCpuPct)) : 2;
      next = Math.min(o.maxN, snap(n * factor));
    } else if (lo === 0) {
      next = snap(n / 2); // even the probe failed: halve until something passes
      if (next >= n) break;
    } else {
      next = snap((lo + hi) / 2);
      if (next <= lo || next >= hi) { stoppedBy = 'converged'; break; }
    }
    n = next;
  }
  return { best, firstFail: hi === Infinity ? null : hi, steps, stoppedBy };
}
