// P1 benchmark: how many consumers ONE mediasoup worker (pinned to one core) forwards with
// >= 99% packet delivery, with the product's media configuration, next to the raw limit of the
// same worker measured in the same run (shared/reference/worker-capacity). Loopback only.
// A step passes when, over its window, the sink got >= 99% of what the producers received and of
// what the sender sent, and < 1% of it was still queued when the sender paused (a worker that
// falls behind hides seconds of backlog in 4 MiB buffers). Near the limit one count can pass and
// the next fail from burst to burst: read maxConsumers as +-10%, and trust a run only when
// machine.maxForeignLoadPct is low (other processes on these cores make every figure low).
//   npx tsx test/bench/p1-capacity.ts          prints the P1Result JSON on stdout (progress on stderr)
// Env for the CLI: P1_BUDGET_S (default 330), P1_WINDOW_S, P1_WARM_S, P1_VARIANTS (comma list),
// P1_SRTP_SUITE, P1_SIMULCAST=0, P1_NODE_SINK=1, P1_OUT (also write the JSON there), MEDIASOUP_WORKER_BIN.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SrtpCryptoSuite, Worker } from 'mediasoup/types';
import { Child } from './p1/children';
import { encodeMedia, ensureFfmpeg, type MediaFiles } from './p1/media';
import { affinityOf, coreBusyPercent, coreMark, machineInfo, pin, requireTaskset, type MachineInfo } from './p1/procstat';
import { startSink, type PacketSink } from './p1/packetSink';
import type { SenderReply, SenderRequest } from './p1/protocol';
import { Room } from './p1/room';
import { disturbed, search } from './p1/search';
import { measureStep, type StepResult } from './p1/step';
import { makeVariant, VARIANT_NAMES, type VariantName } from './p1/variants';

export interface P1Options {
  /** Whole-run target in seconds; no step starts after it. A hard stop fires 45 s later. */
  budgetS?: number;
  warmS?: number;
  windowS?: number;
  variants?: VariantName[];
  srtpSuite?: SrtpCryptoSuite;
  /** Product producers send 3 VP8 simulcast layers (default) or one encoding. */
  simulcast?: boolean;
  /** Count packets with sink.c compiled by `cc` (default) instead of the slower Node sink. */
  nativeSink?: boolean;
  workerCore?: number;
  otherCore?: number;
  /** Used only if mediasoup is not loaded yet in this process (it reads the env at load). */
  workerBin?: string;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface P1VariantResult {
  variant: VariantName;
  description: string;
  /** Largest consumer count measured with >= 99% delivery (0 if none). */
  maxConsumers: number;
  workerCpuPct: number | null;
  egressPps: number | null;
  egressMbps: number | null;
  delivery: number | null;
  /** Smallest count that failed; the true limit lies between maxConsumers and this. */
  firstFailingCount: number | null;
  /** What ran out at firstFailingCount: only 'worker-core' makes maxConsumers the worker's limit. */
  limitedBy: 'worker-core' | 'load-generator-core' | 'other-processes' | 'unclear' | null;
  stoppedBy: string;
  steps: StepResult[];
}

export interface P1Result {
  benchmark: 'P1 consumers per worker at >= 99% delivery';
  goal: { consumers: number; met: boolean; ratioTarget: number };
  product: P1VariantResult | null;
  raw: { srtp: P1VariantResult | null; plain: P1VariantResult | null };
  /** product / raw-srtp: the same crypto, so this is the cost of the product's media choices. */
  ratioVsRawSrtp: number | null;
  /** product / raw-plain: against the worker's physical ceiling (includes SRTP's cost). */
  ratioVsRawPlain: number | null;
  machine: MachineInfo & { workerCore: number; otherCore: number; affinity: Record<string, string>;
    /** Busy % of [workerCore, otherCore] in the second before the run, from other processes. */
    busyBeforeStartPct: number[];
    /** Largest share of each core that other processes took during a step: above ~10% (worker's
     *  core) or ~30% (other core) the figures are low because the machine was not quiet. */
    maxForeignLoadPct: { workerCore: number; otherCore: number } };
  media: { pps: Record<string, number>; note: string };
  config: Required<Omit<P1Options, 'log' | 'signal' | 'workerBin'>> & { passRatio: number; mediasoup: string; workerBin: string };
  durationS: number;
}

const GOAL = 500;
const PASS = 0.99;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function mediasoupDir(): string {
  // node/lib/index.js -> package root (its package.json is not exported).
  return path.resolve(path.dirname(createRequire(import.meta.url).resolve('mediasoup')), '..', '..');
}

/** The worker binary: explicit, env, mediasoup's own build, or the offline build's cache. */
function resolveWorkerBin(explicit: string | undefined, version: string): string {
  const own = path.join(mediasoupDir(), 'worker', 'out', 'Release', 'mediasoup-worker');
  const cached = path.join(os.homedir(), '.cache', 'hearth', 'mediasoup-worker', 'out', `mediasoup-worker-${version}`);
  const bin = [explicit, process.env['MEDIASOUP_WORKER_BIN'], own, cached].find((p) => p && fs.existsSync(p));
  if (!bin) throw new Error(`p1: no mediasoup worker binary (looked at ${own} and ${cached}); set MEDIASOUP_WORKER_BIN`);
  return bin;
}

function limitedBy(f: StepResult | undefined): P1VariantResult['limitedBy'] {
  if (!f) return null;
  if (disturbed(f)) return 'other-processes';
  if (f.workerCpuPct >= 85 || f.workerCoreBusyPct >= 90) return 'worker-core';
  if (f.otherCoreBusyPct >= 90) return 'load-generator-core';
  return 'unclear';
}

function maxOver(results: Map<VariantName, P1VariantResult>, f: (s: StepResult) => number): number {
  return Math.max(0, ...[...results.values()].flatMap((v) => v.steps.map(f)));
}

function summarize(name: VariantName, description: string, r: Awaited<ReturnType<typeof search>>): P1VariantResult {
  const b = r.best;
  const fail = r.steps.filter((s) => s.n === r.firstFail).at(-1);
  return { variant: name, description, maxConsumers: b?.n ?? 0, workerCpuPct: b?.workerCpuPct ?? null,
    egressPps: b?.egressPps ?? null, egressMbps: b?.egressMbps ?? null, delivery: b?.delivery ?? null,
    firstFailingCount: r.firstFail, limitedBy: limitedBy(fail), stoppedBy: r.stoppedBy, steps: r.steps };
}

export async function runP1(opts: P1Options = {}): Promise<P1Result> {
  const t0 = performance.now();
  const cfg = {
    budgetS: opts.budgetS ?? 330, warmS: opts.warmS ?? 3.5, windowS: opts.windowS ?? 5,
    variants: opts.variants ?? VARIANT_NAMES, srtpSuite: opts.srtpSuite ?? ('AES_CM_128_HMAC_SHA1_80' as SrtpCryptoSuite),
    simulcast: opts.simulcast ?? true, nativeSink: opts.nativeSink ?? true, workerCore: opts.workerCore ?? 0, otherCore: opts.otherCore ?? 1,
  };
  const log = opts.log ?? ((s: string) => process.stderr.write(`[p1 ${((performance.now() - t0) / 1000).toFixed(1)}s] ${s}\n`));
  const unknown = cfg.variants.filter((v) => !VARIANT_NAMES.includes(v));
  if (unknown.length) throw new Error(`p1: unknown variant(s) ${unknown.join(', ')}; known: ${VARIANT_NAMES.join(', ')}`);
  const machine = machineInfo();
  if (machine.cores < 2) throw new Error('p1: needs at least 2 cores (worker on one, senders and sinks on another)');
  requireTaskset();
  const version = (JSON.parse(fs.readFileSync(path.join(mediasoupDir(), 'package.json'), 'utf8')) as { version: string }).version;
  const workerBin = resolveWorkerBin(opts.workerBin, version);
  ensureFfmpeg(log);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-p1-'));
  const selfAffinity = affinityOf(process.pid);
  let sender: Child<SenderRequest, SenderReply> | undefined;
  let sink: PacketSink | undefined;
  let worker: Worker | undefined;
  let room: Room | undefined;
  let hard: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  // Aborted by the hard stop or the caller: kills ffmpeg, and main() stops at its next check.
  const halt = new AbortController();
  const killAll = (): void => { halt.abort(); sender?.kill(); sink?.kill(); worker?.close(); };

  const main = async (): Promise<P1Result> => {
    log(`encoding ${cfg.simulcast ? '3 VP8 layers' : 'VP8'} + opus with ffmpeg into ${tmp}`);
    const media: MediaFiles = await encodeMedia(tmp, halt.signal);
    halt.signal.throwIfAborted();
    const idleA = [coreMark(cfg.workerCore), coreMark(cfg.otherCore)];
    await sleep(1000);
    const busyBeforeStartPct = idleA.map((m, i) => coreBusyPercent(m, coreMark(i === 0 ? cfg.workerCore : cfg.otherCore)));
    if (Math.max(...busyBeforeStartPct) > 15) log(`WARNING: cores already busy before the run (${busyBeforeStartPct.join('%, ')}%): figures will be low`);
    // Pin ourselves first: children and the worker inherit this core, then the worker moves.
    pin(process.pid, String(cfg.otherCore));
    sender = new Child<SenderRequest, SenderReply>('sender', 'sender.ts');
    sink = await startSink(tmp, 8, cfg.nativeSink);
    const sinkPorts = sink.ports;
    if (sink.kind === 'node') log('WARNING: no C compiler: the Node sink caps plain RTP near 120k packets/s');
    process.env['MEDIASOUP_WORKER_BIN'] = workerBin; // read by mediasoup when it loads, just below
    const mediasoup = await import('mediasoup');
    worker = await mediasoup.createWorker({ logLevel: 'error' });
    pin(worker.pid, String(cfg.workerCore));
    const affinity = { worker: affinityOf(worker.pid), benchmark: affinityOf(process.pid),
      sender: affinityOf(sender.pid), sink: `${affinityOf(sink.pid)} (${sink.kind})` };
    log(`worker pid ${worker.pid} (${mediasoup.version}); affinity ${JSON.stringify(affinity)}`);
    const rig = { workerPid: worker.pid, sender, sink, sinkPorts, workerCore: cfg.workerCore, otherCore: cfg.otherCore };

    const results = new Map<VariantName, P1VariantResult>();
    const deadline = t0 + cfg.budgetS * 1000;
    for (const [i, name] of cfg.variants.entries()) {
      halt.signal.throwIfAborted();
      const v = makeVariant(name, cfg.srtpSuite, cfg.simulcast);
      log(`${name}: ${v.description}`);
      const opened = await Room.open(worker, v, media);
      room = opened.room;
      await sender.ask({ cmd: 'start', streams: opened.streams });
      await sleep(1500); // producers learn their streams before anything is counted
      // Equal share of what is left, so a slow variant cannot starve the later ones.
      const share = (deadline - performance.now()) / (cfg.variants.length - i);
      const measure = (n: number): Promise<StepResult> => {
        halt.signal.throwIfAborted();
        return measureStep(rig, opened.room, n, { warmS: cfg.warmS, windowS: cfg.windowS, passRatio: PASS });
      };
      const r = await search(measure, {
        probe: 160, maxN: 4000, resolution: 0.03, granule: 8, maxSteps: 10, deadline: performance.now() + share,
        stepSeconds: (n) => cfg.warmS + cfg.windowS + 1.5 + n / 1500,
      }, log);
      results.set(name, summarize(name, v.description, r));
      log(`${name}: max ${r.best?.n ?? 0} consumers at >= 99% (first failure ${r.firstFail ?? 'none'}, ${r.stoppedBy})`);
      await sender.ask({ cmd: 'start', streams: [] });
      room.close();
      room = undefined;
      await sleep(500);
    }

    const product = results.get('product-srtp') ?? null;
    const rawSrtp = results.get('raw-srtp') ?? null;
    const rawPlain = results.get('raw-plain') ?? null;
    const ratio = (a: P1VariantResult | null, b: P1VariantResult | null): number | null =>
      a && b && b.maxConsumers > 0 ? Math.round((a.maxConsumers / b.maxConsumers) * 100) / 100 : null;
    return {
      benchmark: 'P1 consumers per worker at >= 99% delivery',
      goal: { consumers: GOAL, met: (product?.maxConsumers ?? 0) >= GOAL, ratioTarget: 0.9 },
      product, raw: { srtp: rawSrtp, plain: rawPlain },
      ratioVsRawSrtp: ratio(product, rawSrtp), ratioVsRawPlain: ratio(product, rawPlain),
      machine: { ...machine, workerCore: cfg.workerCore, otherCore: cfg.otherCore, affinity, busyBeforeStartPct,
        maxForeignLoadPct: { workerCore: maxOver(results, (s) => s.foreignLoadOnWorkerCorePct),
          otherCore: maxOver(results, (s) => s.foreignLoadOnOtherCorePct) } },
      media: { pps: media.pps, note: '4 publishers x (VP8 640x480@30 + opus 48 kbps) replayed from ffmpeg dumps; consumer i takes publisher stream i % 8; 8 consumers per PlainTransport' },
      config: { ...cfg, passRatio: PASS, mediasoup: mediasoup.version, workerBin },
      durationS: Math.round((performance.now() - t0) / 100) / 10,
    };
  };

  try {
    const stop = new Promise<never>((_, reject) => {
      hard = setTimeout(() => { killAll(); reject(new Error(`p1: hard stop after ${cfg.budgetS + 45} s`)); }, (cfg.budgetS + 45) * 1000);
      onAbort = (): void => { killAll(); reject(new Error('p1: aborted')); };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
    });
    return await Promise.race([main(), stop]);
  } finally {
    clearTimeout(hard);
    if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
    try { room?.close(); } catch { /* worker may be gone already */ }
    await Promise.all([sender?.stop(), sink?.stop()]);
    worker?.close();
    try { pin(process.pid, selfAffinity); } catch { /* best effort */ }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// Run directly: print the JSON. Ctrl-C or SIGTERM stops every process this run started.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const env = process.env;
  const num = (k: string): number | undefined => (env[k] ? Number(env[k]) : undefined);
  const ac = new AbortController();
  process.once('SIGINT', () => ac.abort());
  process.once('SIGTERM', () => ac.abort());
  runP1({
    budgetS: num('P1_BUDGET_S'), warmS: num('P1_WARM_S'), windowS: num('P1_WINDOW_S'),
    variants: env['P1_VARIANTS'] ? (env['P1_VARIANTS'].split(',') as VariantName[]) : undefined,
    srtpSuite: env['P1_SRTP_SUITE'] as SrtpCryptoSuite | undefined, simulcast: env['P1_SIMULCAST'] !== '0',
    nativeSink: env['P1_NODE_SINK'] !== '1', signal: ac.signal,
  }).then((r) => {
    const json = JSON.stringify(r, null, 2);
    if (env['P1_OUT']) fs.writeFileSync(env['P1_OUT'], json);
    process.stdout.write(`${json}\n`);
    process.exit(0);
  }, (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
