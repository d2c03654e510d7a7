// P3: a facilitator's action → the new session state received by every peer, with 200 socket.io bot
// members (no media) in one group room. This process hosts the real server (SQLite, one mediasoup
// worker); the bots run in a child process (p3-bots.ts), so the server's memory is measured alone.
// Two scenarios: `lock` alternates room:lock / room:unlock (a small settings patch), `mute`
// alternates facilitator:mute / askToUnmute of one member (a patch carrying the whole participants
// list: the largest common change). A member counts when its first session:room patch with the new
// value arrives. Latencies are measured in the child on one clock and include the child delivering
// 200 patches on its own event loop; ackMs (emit → the facilitator's ack) and serverApplyMs (the
// server's own time to apply the outcome and publish it) are reported beside them.
//   npx tsx test/bench/p3-session.ts    prints the P3Result JSON (env: P3_PEERS, P3_ITERATIONS)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { seedGroup } from '../helpers/access';
import { startTestServer, type TestServer } from '../helpers/server';
import { ChildBots } from './childBots';
import type { FromBots, Iteration, Scenario, ToBots } from './p3-bots';

export interface P3Options {
  peers?: number;
  iterations?: number;
  warmup?: number;
  pauseMs?: number;
  /** Bots that connect and join at once. */
  batch?: number;
  /** The whole run's bound. */
  timeoutS?: number;
}

interface Spread { p50: number; p99: number; max: number }
interface Memory { rssMiB: number; heapUsedMiB: number }

export interface ScenarioResult {
  action: string;
  /** Every (iteration × member) arrival, ms. */
  latencyMs: Spread & { p90: number; samples: number; missed: number };
  /** Per iteration, the slowest member: when the whole room has the new state. */
  lastPeerMs: Spread;
  /** Per iteration, the fastest member: roughly the server's time to its first emit plus one delivery. */
  firstPeerMs: Spread;
  ackMs: Spread;
  /** In the server: RoomRegistry.apply of each action (effects, then 201 views built and emitted). */
  serverApplyMs: Spread;
  /** Size of the session:room patch one action sends (encoded once, written to every member). */
  patchBytes: number;
  /** The bots' own event-loop delay during the measured iterations (their share of the latency). */
  botLoopDelayMs: Spread;
}

export interface P3Result {
  benchmark: 'P3 facilitator action → new state at every peer';
  room: string;
  scenarios: Record<Scenario, ScenarioResult>;
  join: { peers: number; ms: number };
  memory: { gc: 'forced' | 'unavailable'; before: Memory; after: Memory; perPeerKiB: { rss: number; heapUsed: number }; note: string };
  /** The p99 goal is judged on the worse of the two scenarios. */
  goals: { p99Ms: { goal: number; measured: number; met: boolean }; memoryPerPeerMiB: { goal: number; measuredRss: number; met: boolean } };
  /** 1-minute load average at the start and the end: figures are noisy when others share the cores. */
  loadAverage: { before: number; after: number; cores: number };
  config: Required<Omit<P3Options, 'timeoutS'>>;
  durationS: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const GOAL_P99_MS = 50;
const GOAL_MIB_PER_PEER = 1;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const round1 = (x: number): number => Math.round(x * 10) / 10;

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return round1(sorted[i] ?? NaN);
}

function spread(values: number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  return { p50: quantile(s, 0.5), p99: quantile(s, 0.99), max: round1(s.at(-1) ?? NaN) };
}

/** global.gc when run with --expose-gc; otherwise V8's flag set at run time (a known, stable trick). */
function exposeGc(): (() => void) | undefined {
  const given = global.gc;
  if (typeof given === 'function') return () => void given();
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

async function serverMemory(gc: (() => void) | undefined): Promise<Memory> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await sleep(100);
  }
  const m = process.memoryUsage();
  return { rssMiB: round1(m.rss / 2 ** 20), heapUsedMiB: round1(m.heapUsed / 2 ** 20) };
}

class Bots extends ChildBots<ToBots, FromBots> {
  constructor() {
    super(path.join(HERE, 'p3-bots.ts'), 'p3 bots');
  }
}

/** Times every RoomRegistry.apply of this server while `on()` (bench instrumentation of this instance only). */
function timeApplies(server: TestServer): { on(): void; off(): number[] } {
  const rooms = server.rooms;
  const original = rooms.apply.bind(rooms);
  const times: number[] = [];
  let recording = false;
  rooms.apply = async (room, outcome) => {
    const t0 = performance.now();
    await original(room, outcome);
    if (recording) times.push(performance.now() - t0);
  };
  return { on: () => void (recording = true), off: () => ((recording = false), times) };
}

function summarize(iterations: Iteration[]): Pick<ScenarioResult, 'latencyMs' | 'lastPeerMs' | 'firstPeerMs' | 'ackMs'> {
  const all: number[] = [];
  let missed = 0;
  const last: number[] = [];
  const first: number[] = [];
  for (const it of iterations) {
    const got = it.latenciesMs.filter((x): x is number => x !== null);
    missed += it.latenciesMs.length - got.length;
    all.push(...got);
    if (got.length) {
      last.push(Math.max(...got));
      first.push(Math.min(...got));
    }
  }
  const sorted = [...all].sort((a, b) => a - b);
  return {
    latencyMs: { ...spread(all), p90: quantile(sorted, 0.9), samples: all.length, missed },
    lastPeerMs: spread(last),
    firstPeerMs: spread(first),
    ackMs: spread(iterations.map((i) => i.ackMs)),
  };
}

export async function runP3(opts: P3Options = {}): Promise<P3Result> {
  const started = performance.now();
  const loadBefore = round1(os.loadavg()[0] ?? 0);
  const config = {
    peers: opts.peers ?? 200,
    iterations: opts.iterations ?? 50,
    warmup: opts.warmup ?? 5,
    pauseMs: opts.pauseMs ?? 100,
    batch: opts.batch ?? 20,
  };
  const timeoutS = opts.timeoutS ?? 180;
  const gc = exposeGc();
  let server: TestServer | undefined;
  let bots: Bots | undefined;
  let hard: NodeJS.Timeout | undefined;

  const main = async (): Promise<P3Result> => {
    server = await startTestServer();
    const group = await seedGroup(server, 'P3 circle', { waitingRoom: false });
    const fac = await group.addStaff('Facilitator', 'facilitator');
    const members: string[] = [];
    for (let i = 0; i < config.peers; i++) members.push((await group.addMember(`Bot ${i + 1}`)).token);

    bots = new Bots();
    // The facilitator opens the room first, so "before" already holds the room and its router.
    await bots.ask({ type: 'facilitator', url: server.url, roomId: group.roomId, token: fac.token }, 'ready', 20_000);
    await sleep(500);
    const before = await serverMemory(gc);
    const joined = await bots.ask({ type: 'members', tokens: members, batch: config.batch }, 'joined', 100_000);
    await sleep(1000); // let the last views drain
    const after = await serverMemory(gc);

    const applies = timeApplies(server);
    const timeoutMs = 5000;
    const budget = (config.warmup + config.iterations) * (config.pauseMs + timeoutMs) + 10_000;
    const scenarios = {} as Record<Scenario, ScenarioResult>;
    for (const scenario of ['lock', 'mute'] as const) {
      applies.on();
      const measured = await bots.ask({ type: 'measure', scenario, warmup: config.warmup, iterations: config.iterations, pauseMs: config.pauseMs, timeoutMs }, 'measured', budget);
      const applyTimes = applies.off().slice(config.warmup); // the warm-up's actions are recorded too
      scenarios[scenario] = {
        action: scenario === 'lock' ? 'room:lock / room:unlock alternating (settings patch)' : 'facilitator:mute / facilitator:askToUnmute of one member alternating (participants patch)',
        ...summarize(measured.iterations),
        serverApplyMs: spread(applyTimes),
        patchBytes: measured.patchBytes,
        botLoopDelayMs: measured.loopDelayMs,
      };
      await sleep(500);
    }
    const worstP99 = Math.max(scenarios.lock.latencyMs.p99, scenarios.mute.latencyMs.p99);
    const perPeer = (a: number, b: number): number => Math.round(((b - a) * 1024) / config.peers);
    const perPeerKiB = { rss: perPeer(before.rssMiB, after.rssMiB), heapUsed: perPeer(before.heapUsedMiB, after.heapUsedMiB) };
    return {
      benchmark: 'P3 facilitator action → new state at every peer',
      room: `${config.peers} socket.io member bots + 1 facilitator bot in one group room (no waiting room, no media), all in one child process; a member counts at its first session:room patch with the new value; the facilitator is not counted`,
      scenarios,
      join: { peers: joined.peers, ms: joined.ms },
      memory: {
        gc: gc ? 'forced' : 'unavailable',
        before,
        after,
        perPeerKiB,
        note: 'server (this) process only, after the facilitator opened the room and before / after the members joined; the mediasoup worker is a separate process and holds nothing per peer here (no transports)',
      },
      goals: {
        p99Ms: { goal: GOAL_P99_MS, measured: worstP99, met: worstP99 <= GOAL_P99_MS },
        memoryPerPeerMiB: { goal: GOAL_MIB_PER_PEER, measuredRss: Math.round((perPeerKiB.rss / 1024) * 1000) / 1000, met: perPeerKiB.rss / 1024 <= GOAL_MIB_PER_PEER },
      },
      loadAverage: { before: loadBefore, after: round1(os.loadavg()[0] ?? 0), cores: os.cpus().length },
      config,
      durationS: round1((performance.now() - started) / 1000),
    };
  };

  try {
    const stop = new Promise<never>((_, reject) => {
      hard = setTimeout(() => {
        bots?.kill();
        reject(new Error(`p3: hard stop after ${timeoutS} s`));
      }, timeoutS * 1000);
    });
    return await Promise.race([main(), stop]);
  } finally {
    clearTimeout(hard);
    await bots?.stop();
    await server?.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const num = (k: string): number | undefined => (process.env[k] ? Number(process.env[k]) : undefined);
  runP3({ peers: num('P3_PEERS'), iterations: num('P3_ITERATIONS') }).then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      process.exit(0);
    },
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
