// P4's bots: a child process holding the facilitator and the member peers (socket.io, WebRTC
// transports, opus + VP8 simulcast producers, no browser), so the server's CPU is measured apart
// from theirs. Driven over IPC by p4-breakouts.ts; all timings on this process's clock.
import { performance } from 'node:perf_hooks';
import type { RunningServer } from '../../server/app';
import type { BreakoutsOverview } from '../../shared/session';
import { preparePeer, type ScriptedPeer } from '../helpers/peer';

export type ToBots =
  | { type: 'setup'; url: string; roomId: string; facilitatorToken: string; memberTokens: string[] }
  | { type: 'round'; rooms: number; timeoutMs: number }
  | { type: 'stop' };

export type FromBots =
  | { type: 'ready' }
  | { type: 'round'; split: Array<number | null>; recall: Array<number | null> }
  | { type: 'error'; message: string };

const send = (m: FromBots): void => void process.send?.(m);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let facilitator: ScriptedPeer | undefined;
const bots: ScriptedPeer[] = [];
const ids: string[] = [];

/** Waits until every bot is in its space receiving `expected(i)` streams; each one's time since t0 (null: never). */
async function settle(where: (i: number) => string, expected: (i: number) => number, t0: number, timeoutMs: number): Promise<Array<number | null>> {
  const done: Array<number | null> = bots.map(() => null);
  while (done.some((d) => d === null) && performance.now() < t0 + timeoutMs) {
    bots.forEach((b, i) => {
      if (done[i] === null && b.space === where(i) && b.receiving >= expected(i)) done[i] = performance.now() - t0;
    });
    await sleep(2);
  }
  return done;
}

async function setup(m: Extract<ToBots, { type: 'setup' }>): Promise<void> {
  const server = { url: m.url } as RunningServer; // peers with a token need only the address
  facilitator = await preparePeer(server, m.roomId, { token: m.facilitatorToken, mic: false, camera: false });
  await facilitator.join();
  for (const token of m.memberTokens) {
    const bot = await preparePeer(server, m.roomId, { token });
    bot.follow();
    const joined = await bot.join();
    await Promise.all(joined.producers.map((p) => bot.consume(p.producerId).then(() => (bot.receiving += 1))));
    bots.push(bot);
    ids.push(joined.self.peerId);
  }
  const all = await settle(() => 'main', () => (bots.length - 1) * 2, performance.now(), 30_000);
  if (all.some((t) => t === null)) throw new Error('the bots never all received each other in the main room');
  send({ type: 'ready' });
}

async function round(m: Extract<ToBots, { type: 'round' }>): Promise<void> {
  const fac = facilitator!;
  await fac.call('breakout:plan', { rooms: Array.from({ length: m.rooms }, () => ({})), mode: 'auto' });
  const last = fac.events.filter((e) => e.event === 'session:breakouts').at(-1)?.payload as { breakouts: BreakoutsOverview } | undefined;
  const assignment = last?.breakouts.plan?.assignment ?? {};
  const roomOf = (i: number): string => assignment[ids[i]!] ?? 'main';
  const size = (room: string): number => Object.values(assignment).filter((x) => x === room).length;
  let t0 = performance.now();
  await fac.call('breakout:open', {});
  const split = await settle(roomOf, (i) => (size(roomOf(i)) - 1) * 2, t0, m.timeoutMs);
  await sleep(500);
  t0 = performance.now();
  await fac.call('breakout:close', {});
  const recall = await settle(() => 'main', () => (bots.length - 1) * 2, t0, m.timeoutMs);
  await sleep(500);
  send({ type: 'round', split, recall });
}

process.on('message', (m: ToBots) => {
  const run = async (): Promise<void> => {
    switch (m.type) {
      case 'setup':
        return setup(m);
      case 'round':
        return round(m);
      case 'stop':
        for (const b of bots) b.close();
        facilitator?.close();
        await sleep(100);
        process.exit(0);
    }
  };
  run().catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
});
// The benchmark went away (finished, crashed or killed): never outlive it.
process.on('disconnect', () => process.exit(0));
