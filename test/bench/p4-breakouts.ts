// P4: breakouts at scale. 60 member bots (socket.io, WebRTC transports, opus + VP8 simulcast
// producers, no browser) and a facilitator bot in one group room; the facilitator opens 10
// breakouts (auto-assigned, 6 per room) and then recalls everyone, a few times. A sample is one
// participant's time from the facilitator's emit until it receives (consumers created and resumed)
// every stream of its new room: 10 in a breakout, 120 back in the main room. Server and bots share
// this process (the bots are light; their share is in the figures).
//   npx tsx test/bench/p4-breakouts.ts    (env: P4_MEMBERS, P4_ROOMS, P4_ROUNDS)
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BreakoutsOverview } from '../../shared/session';
import { seedGroup } from '../helpers/access';
import { preparePeer, type ScriptedPeer } from '../helpers/peer';
import { startTestServer, type TestServer } from '../helpers/server';

export interface P4Options {
  members?: number;
  rooms?: number;
  rounds?: number;
}

interface Spread { p50: number; p99: number; max: number; samples: number }

export interface P4Result {
  benchmark: 'P4 breakouts: split and recall → everyone receiving in the new room';
  room: string;
  split: Spread & { lastPeer: Spread };
  recall: Spread & { lastPeer: Spread };
  missed: number;
  goal: { allWithinMs: number; splitMet: boolean; recallMet: boolean };
  loadAverage: { before: number; after: number; cores: number };
  config: Required<P4Options>;
  durationS: number;
}

const GOAL_MS = 2000;
const TIMEOUT_MS = 30_000;
const round1 = (x: number): number => Math.round(x * 10) / 10;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function spread(values: number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => round1(s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN);
  return { p50: q(0.5), p99: q(0.99), max: round1(s.at(-1) ?? NaN), samples: s.length };
}

/** Waits until every bot is in its expected space receiving `expected(bot)` streams; returns each one's time. */
async function settle(bots: ScriptedPeer[], where: (i: number) => string, expected: (i: number) => number, t0: number): Promise<Array<number | null>> {
  const done: Array<number | null> = bots.map(() => null);
  const deadline = t0 + TIMEOUT_MS;
  while (done.some((d) => d === null) && performance.now() < deadline) {
    bots.forEach((b, i) => {
      if (done[i] === null && b.space === where(i) && b.receiving >= expected(i)) done[i] = performance.now() - t0;
    });
    await sleep(2);
  }
  return done;
}

export async function runP4(opts: P4Options = {}): Promise<P4Result> {
  const config = { members: opts.members ?? 60, rooms: opts.rooms ?? 10, rounds: opts.rounds ?? 3 };
  const started = performance.now();
  const loadBefore = round1(os.loadavg()[0] ?? 0);
  let server: TestServer | undefined;
  const all: ScriptedPeer[] = [];
  try {
    server = await startTestServer();
    const group = await seedGroup(server, 'P4 circle', { waitingRoom: false });
    const fac = await preparePeer(server, group.roomId, { token: (await group.addStaff('Facilitator', 'facilitator')).token, mic: false, camera: false });
    all.push(fac);
    await fac.join();
    const bots: ScriptedPeer[] = [];
    const ids: string[] = [];
    for (let i = 0; i < config.members; i++) {
      const bot = await preparePeer(server, group.roomId, { token: (await group.addMember(`Bot ${i + 1}`)).token });
      all.push(bot);
      bot.follow();
      const joined = await bot.join();
      await Promise.all(joined.producers.map((p) => bot.consume(p.producerId).then(() => (bot.receiving += 1))));
      bots.push(bot);
      ids.push(joined.self.peerId);
    }
    const inMain = (config.members - 1) * 2; // everyone else's mic and camera (the facilitator sends none)
    const initial = await settle(bots, () => 'main', () => inMain, performance.now());
    if (initial.some((t) => t === null)) throw new Error('p4: the bots never all received each other in the main room');

    const split: number[] = [];
    const recall: number[] = [];
    const splitLast: number[] = [];
    const recallLast: number[] = [];
    let missed = 0;
    for (let r = 0; r < config.rounds; r++) {
      await fac.call('breakout:plan', { rooms: Array.from({ length: config.rooms }, () => ({})), mode: 'auto' });
      const last = fac.events.filter((e) => e.event === 'session:breakouts').at(-1)?.payload as { breakouts: BreakoutsOverview } | undefined;
      const assignment = last?.breakouts.plan?.assignment ?? {};
      const size = (room: string) => Object.values(assignment).filter((x) => x === room).length;
      let t0 = performance.now();
      await fac.call('breakout:open', {});
      const opened = await settle(bots, (i) => assignment[ids[i]!] ?? 'main', (i) => (size(assignment[ids[i]!] ?? '') - 1) * 2, t0);
      missed += opened.filter((t) => t === null).length;
      split.push(...opened.filter((t): t is number => t !== null));
      splitLast.push(Math.max(...opened.map((t) => t ?? TIMEOUT_MS)));
      await sleep(500);
      t0 = performance.now();
      await fac.call('breakout:close', {});
      const back = await settle(bots, () => 'main', () => inMain, t0);
      missed += back.filter((t) => t === null).length;
      recall.push(...back.filter((t): t is number => t !== null));
      recallLast.push(Math.max(...back.map((t) => t ?? TIMEOUT_MS)));
      await sleep(500);
    }
    const s = { ...spread(split), lastPeer: spread(splitLast) };
    const c = { ...spread(recall), lastPeer: spread(recallLast) };
    return {
      benchmark: 'P4 breakouts: split and recall → everyone receiving in the new room',
      room: `${config.members} member bots (mic + VP8 simulcast camera each) and a facilitator bot; ${config.rooms} rooms, auto-assigned; server and bots in one process`,
      split: s,
      recall: c,
      missed,
      goal: { allWithinMs: GOAL_MS, splitMet: s.max <= GOAL_MS && missed === 0, recallMet: c.max <= GOAL_MS && missed === 0 },
      loadAverage: { before: loadBefore, after: round1(os.loadavg()[0] ?? 0), cores: os.cpus().length },
      config,
      durationS: round1((performance.now() - started) / 1000),
    };
  } finally {
    for (const p of all) p.close();
    await server?.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const num = (k: string): number | undefined => (process.env[k] ? Number(process.env[k]) : undefined);
  runP4({ members: num('P4_MEMBERS'), rooms: num('P4_ROOMS'), rounds: num('P4_ROUNDS') }).then(
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
