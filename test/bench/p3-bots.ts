// P3's bots: a child process holding the facilitator and the member peers (socket.io, no media), so
// the server's CPU and memory are measured apart from theirs. Driven over IPC by p3-session.ts.
// All timings use this process's performance.now(): one clock for the action and every arrival.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { RoomView } from '../../shared/session';
import { connectClient, type TestClient } from '../helpers/client';

export type ToBots =
  | { type: 'facilitator'; url: string; roomId: string; token: string }
  | { type: 'members'; tokens: string[]; batch: number }
  | { type: 'measure'; scenario: Scenario; warmup: number; iterations: number; pauseMs: number; timeoutMs: number }
  | { type: 'stop' };

/** lock: room:lock / room:unlock (a settings patch); mute: facilitator:mute / askToUnmute of one
 *  member (a patch of the whole participants list, the largest common change). */
export type Scenario = 'lock' | 'mute';

export interface Iteration {
  action: string;
  /** Emit → the facilitator's ack (the server has sent every view by then). */
  ackMs: number;
  /** Emit → each member's first view with the new value; null if it never came within the timeout. */
  latenciesMs: Array<number | null>;
}

export type FromBots =
  | { type: 'ready' }
  | { type: 'joined'; peers: number; ms: number }
  | { type: 'measured'; iterations: Iteration[]; patchBytes: number; loopDelayMs: { p50: number; p99: number; max: number } }
  | { type: 'error'; message: string };

interface Bot {
  client: TestClient;
  seenAt: number | undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const send = (m: FromBots): void => void process.send?.(m);

let url = '';
let roomId = '';
let facilitator: TestClient | undefined;
const bots: Bot[] = [];
/** Whether a session:room patch carries the new state being waited for; null between iterations. */
let expecting: ((patch: Partial<RoomView>) => boolean) | null = null;
/** The member whose mic the facilitator mutes in the mute scenario. */
let target = '';
let pending = 0;
let allSeen: (() => void) | undefined;
/** One patch as a member receives it, to report its size. */
let samplePatch: Partial<RoomView> | undefined;

/** connect → room:prepare → room:join, no transports; the event log connectClient keeps is turned off
 *  (hundreds of ~30 KB views per bot would fill this process's memory). */
async function joinPeer(token: string): Promise<TestClient & { peerId: string }> {
  const c = await connectClient(url, token);
  c.socket.offAny();
  const prepared = await c.call('room:prepare', { roomId });
  const joined = await c.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities });
  if (joined.place !== 'room') throw new Error(`p3: a bot was placed in ${joined.place}, not the room`);
  return { ...c, peerId: joined.self.peerId };
}

function watch(client: TestClient): Bot {
  const bot: Bot = { client, seenAt: undefined };
  client.socket.on('session:room', (patch) => {
    if (expecting === null || bot.seenAt !== undefined) return;
    if (expecting(patch)) {
      bot.seenAt = performance.now();
      samplePatch ??= patch;
      pending -= 1;
      if (pending === 0) allSeen?.();
    }
  });
  return bot;
}

async function joinMembers(tokens: string[], batch: number): Promise<void> {
  const t0 = performance.now();
  for (let i = 0; i < tokens.length; i += batch) {
    const clients = await Promise.all(tokens.slice(i, i + batch).map(joinPeer));
    target ||= clients[0]?.peerId ?? '';
    bots.push(...clients.map(watch));
  }
  send({ type: 'joined', peers: bots.length, ms: Math.round(performance.now() - t0) });
}

async function measure(m: Extract<ToBots, { type: 'measure' }>): Promise<void> {
  if (!facilitator) throw new Error('p3: no facilitator');
  const iterations: Iteration[] = [];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  samplePatch = undefined;
  let on = false;
  for (let i = 0; i < m.warmup + m.iterations; i++) {
    if (i === m.warmup) loop.enable();
    on = !on;
    const state = on;
    const [action, payload, test]: [string, object, (p: Partial<RoomView>) => boolean] =
      m.scenario === 'lock'
        ? [state ? 'room:lock' : 'room:unlock', {}, (p) => p.settings?.locked === state]
        : [
            state ? 'facilitator:mute' : 'facilitator:askToUnmute',
            state ? { peerId: target } : { peerId: target, source: 'mic' },
            (p) => p.participants?.find((x) => x.peerId === target)?.mutedBy.mic === state,
          ];
    for (const b of bots) b.seenAt = undefined;
    pending = bots.length;
    expecting = test;
    const everyone = new Promise<void>((r) => (allSeen = r));
    const t0 = performance.now();
    const acked = facilitator.call(action as 'room:lock', payload).then(() => performance.now());
    await Promise.race([everyone, sleep(m.timeoutMs)]);
    const ackAt = await acked;
    expecting = null;
    if (i >= m.warmup) {
      iterations.push({ action, ackMs: ackAt - t0, latenciesMs: bots.map((b) => (b.seenAt === undefined ? null : b.seenAt - t0)) });
    }
    await sleep(m.pauseMs);
  }
  loop.disable();
  const ms = (ns: number): number => Math.round(ns / 1e4) / 100;
  send({
    type: 'measured',
    iterations,
    patchBytes: samplePatch ? Buffer.byteLength(JSON.stringify(samplePatch)) : 0,
    loopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
  });
}

async function stop(): Promise<void> {
  for (const b of bots) b.client.close();
  facilitator?.close();
  await sleep(100);
  process.exit(0);
}

process.on('message', (m: ToBots) => {
  const run = async (): Promise<void> => {
    switch (m.type) {
      case 'facilitator':
        url = m.url;
        roomId = m.roomId;
        facilitator = await joinPeer(m.token);
        send({ type: 'ready' });
        return;
      case 'members':
        return joinMembers(m.tokens, m.batch);
      case 'measure':
        return measure(m);
      case 'stop':
        return stop();
    }
  };
  run().catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
});
// The benchmark went away (finished, crashed or killed): never outlive it.
process.on('disconnect', () => process.exit(0));
