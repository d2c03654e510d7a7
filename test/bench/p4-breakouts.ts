// P4: breakouts at scale. 60 member bots (socket.io, WebRTC transports, opus + VP8 simulcast
// producers, no browser) and a facilitator bot in one group room; the facilitator opens 10
// breakouts (auto-assigned, 6 per room) and then recalls everyone, a few times. A sample is one
// participant's time from the facilitator's emit until it receives (consumers created and resumed)
// every stream of its new room: 10 in a breakout, 118 back in the main room. The bots run in a child
// process (p4-bots.ts), so the server's CPU is theirs alone.
//   npx tsx test/bench/p4-breakouts.ts    (env: P4_MEMBERS, P4_ROOMS, P4_ROUNDS)
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { seedGroup } from '../helpers/access';
import { startTestServer, type TestServer } from '../helpers/server';
import { ChildBots } from './childBots';
import type { FromBots, ToBots } from './p4-bots';

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

function spread(values: number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => round1(s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN);
  return { p50: q(0.5), p99: q(0.99), max: round1(s.at(-1) ?? NaN), samples: s.length };
}

export async function runP4(opts: P4Options = {}): Promise<P4Result> {
  const config = { members: opts.members ?? 60, rooms: opts.rooms ?? 10, rounds: opts.rounds ?? 3 };
  const started = performance.now();
  const loadBefore = round1(os.loadavg()[0] ?? 0);
  let server: TestServer | undefined;
  let bots: ChildBots<ToBots, FromBots> | undefined;
  try {
    server = await startTestServer();
    const group = await seedGroup(server, 'P4 circle', { waitingRoom: false });
    const facilitatorToken = (await group.addStaff('Facilitator', 'facilitator')).token;
    const memberTokens: string[] = [];
    for (let i = 0; i < config.members; i++) memberTokens.push((await group.addMember(`Bot ${i + 1}`)).token);
    bots = new ChildBots<ToBots, FromBots>(path.join(path.dirname(fileURLToPath(import.meta.url)), 'p4-bots.ts'), 'p4 bots');
    await bots.ask({ type: 'setup', url: server.url, roomId: group.roomId, facilitatorToken, memberTokens }, 'ready', 100_000);

    const split: number[] = [];
    const recall: number[] = [];
    const splitLast: number[] = [];
    const recallLast: number[] = [];
    let missed = 0;
    for (let r = 0; r < config.rounds; r++) {
      const result = await bots.ask({ type: 'round', rooms: config.rooms, timeoutMs: TIMEOUT_MS }, 'round', 3 * TIMEOUT_MS);
      for (const [times, all, last] of [[result.split, split, splitLast], [result.recall, recall, recallLast]] as const) {
        missed += times.filter((t) => t === null).length;
        all.push(...times.filter((t): t is number => t !== null));
        last.push(Math.max(...times.map((t) => t ?? TIMEOUT_MS)));
      }
    }
    const s = { ...spread(split), lastPeer: spread(splitLast) };
    const c = { ...spread(recall), lastPeer: spread(recallLast) };
    return {
      benchmark: 'P4 breakouts: split and recall → everyone receiving in the new room',
      room: `${config.members} member bots (mic + VP8 simulcast camera each) and a facilitator bot, in a child process; ${config.rooms} rooms, auto-assigned`,
      split: s,
      recall: c,
      missed,
      goal: { allWithinMs: GOAL_MS, splitMet: s.max <= GOAL_MS && missed === 0, recallMet: c.max <= GOAL_MS && missed === 0 },
      loadAverage: { before: loadBefore, after: round1(os.loadavg()[0] ?? 0), cores: os.cpus().length },
      config,
      durationS: round1((performance.now() - started) / 1000),
    };
  } finally {
    await bots?.stop();
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
