// One measurement: grow the room to N consumers, warm up, count packets over a window from four
// vantage points (sender, producer, consumer egress at the sink), read the worker's CPU, close.
// Window edges are short pauses of the sender: once in-flight packets drain, every counter stands
// still, so the counts at both ends of the pipeline refer to exactly the same packets.
import type { Child } from './children';
import { coreBusyPercent, coreMark, cpuMark, cpuPercent, udpRcvbufErrors } from './procstat';
import type { PacketSink } from './packetSink';
import type { SenderReply, SenderRequest } from './protocol';
import type { Room } from './room';

export interface StepOptions {
  warmS: number;
  windowS: number;
  passRatio: number;
}

export interface Rig {
  workerPid: number;
  sender: Child<SenderRequest, SenderReply>;
  sink: PacketSink;
  sinkPorts: number[];
  workerCore: number;
  otherCore: number;
}

export interface StepResult {
  n: number;
  pass: boolean;
  /** Packets at the sink / packets the producers received, for the streams consumed. */
  delivery: number;
  /** Packets at the sink / packets the sender sent (includes loss on the way into the worker). */
  endToEnd: number;
  worstConsumer: number;
  workerCpuPct: number;
  senderCpuPct: number;
  sinkCpuPct: number;
  egressPps: number;
  egressMbps: number;
  /** Video consumers forwarding the top simulcast layer at the window's end (simulcast only). */
  videoAtTopLayer: number | null;
  videoConsumers: number;
  udpRcvbufErrors: number;
  /** Busy share of the worker's core, and the part of it that was not the worker: another
   *  process on that core (a build, a test) steals cycles and makes the figure low. */
  workerCoreBusyPct: number;
  foreignLoadOnWorkerCorePct: number;
  otherCoreBusyPct: number;
  /** The same for the senders' and sinks' core: a starved sender or sink also fails a step. */
  foreignLoadOnOtherCorePct: number;
  /** Both window edges saw every counter stand still (else the counts are not comparable). */
  settled: boolean;
  /** Share of the window's packets still queued when the sender paused. A worker that cannot keep
   *  up hides in big socket buffers for seconds, delivering everything but late; a healthy
   *  pipeline holds a few ms of packets. */
  lateShare: number;
  buildS: number;
  windowS: number;
  error?: string;
}

/** After a pause, poll the sink this often until its count stops moving, at most SETTLE_MAX_MS. */
const SETTLE_POLL_MS = 120;
const SETTLE_MAX_MS = 3000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, rej) => { t = setTimeout(() => rej(new Error(`p1: timeout ${ms} ms: ${what}`)), ms); });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}

interface Edge {
  sent: Record<string, number>;
  received: Record<string, [number, number]>;
  produced: Map<number, number>;
  pausedAt: number;
  resumedAt: number;
  settled: boolean;
  /** Packets the sink received after the sender had paused: the backlog queued in the pipeline. */
  late: number;
}

const total = (r: Record<string, [number, number]> | undefined): number =>
  Object.values(r ?? {}).reduce((a, v) => a + v[0], 0);

async function edge(rig: Rig, room: Room): Promise<Edge> {
  await rig.sender.ask({ cmd: 'pause' });
  const pausedAt = performance.now();
  try {
    // Packets still queued in the worker's or the sink's socket buffers land after the pause:
    // wait until the sink's count stands still (a fixed quiet time is too short under load).
    let prev = -1;
    let snk = await rig.sink.snap();
    const atPause = total(snk.received);
    let settled = false;
    while (performance.now() - pausedAt < SETTLE_MAX_MS) {
      await sleep(SETTLE_POLL_MS);
      prev = total(snk.received);
      snk = await rig.sink.snap();
      if (total(snk.received) === prev) { settled = true; break; }
    }
    const [snd, produced] = await Promise.all([
      rig.sender.ask({ cmd: 'snap' }), withTimeout(room.producerPackets(), 10_000, 'producer stats')]);
    return { sent: snd.sent ?? {}, received: snk.received ?? {}, produced, pausedAt, resumedAt: 0, settled,
      late: total(snk.received) - atPause };
  } finally {
    await rig.sender.ask({ cmd: 'resume' });
  }
}

export async function measureStep(rig: Rig, room: Room, n: number, o: StepOptions): Promise<StepResult> {
  const t0 = performance.now();
  try {
    await withTimeout(room.grow(n, rig.sinkPorts), 10_000 + n * 5, `create ${n} consumers`);
    const buildS = (performance.now() - t0) / 1000;
    await sleep(o.warmS * 1000); // simulcast consumers wait for the next keyframe (GOP 2 s)
    const a = await edge(rig, room);
    a.resumedAt = performance.now();
    await sleep(50); // the resumed stream settles before CPU is sampled
    const pids = [rig.workerPid, rig.sender.pid, rig.sink.pid, process.pid];
    const cpuA = pids.map(cpuMark);
    const coresA = [coreMark(rig.workerCore), coreMark(rig.otherCore)] as const;
    const errA = udpRcvbufErrors();
    await sleep(o.windowS * 1000);
    const cpuB = pids.map(cpuMark);
    const coresB = [coreMark(rig.workerCore), coreMark(rig.otherCore)] as const;
    const errB = udpRcvbufErrors();
    const b = await edge(rig, room);
    const activeS = (b.pausedAt - a.resumedAt) / 1000;

    let got = 0;
    let bytes = 0;
    let expected = 0;
    let sentExp = 0;
    let worst = 1;
    let video = 0;
    let top = 0;
    for (const c of room.consumers) {
      const ra = a.received[String(c.ssrc)] ?? [0, 0];
      const rb = b.received[String(c.ssrc)] ?? [0, 0];
      const exp = (b.produced.get(c.sourceSsrc) ?? 0) - (a.produced.get(c.sourceSsrc) ?? 0);
      const g = rb[0] - ra[0];
      got += g;
      bytes += rb[1] - ra[1];
      expected += exp;
      sentExp += (b.sent[String(c.sourceSsrc)] ?? 0) - (a.sent[String(c.sourceSsrc)] ?? 0);
      if (exp > 0) worst = Math.min(worst, g / exp);
      if (c.kind === 'video') {
        video++;
        if (c.consumer.currentLayers?.spatialLayer === 2) top++;
      }
    }
    const delivery = expected > 0 ? got / expected : 0;
    const endToEnd = sentExp > 0 ? got / sentExp : 0;
    const pct = (i: number): number => cpuPercent(cpuA[i] as ReturnType<typeof cpuMark>, cpuB[i] as ReturnType<typeof cpuMark>);
    const workerCoreBusyPct = coreBusyPercent(coresA[0], coresB[0]);
    const settled = a.settled && b.settled;
    const lateShare = got > 0 ? b.late / got : 0;
    return {
      n, pass: settled && lateShare <= 1 - o.passRatio && delivery >= o.passRatio && endToEnd >= o.passRatio,
      delivery: round(delivery, 4), endToEnd: round(endToEnd, 4), worstConsumer: round(worst, 4),
      workerCpuPct: pct(0), senderCpuPct: pct(1), sinkCpuPct: pct(2),
      egressPps: Math.round(got / activeS), egressMbps: round((bytes * 8) / activeS / 1e6, 1),
      videoAtTopLayer: room.variant.simulcast ? top : null, videoConsumers: video,
      udpRcvbufErrors: errB - errA, workerCoreBusyPct, otherCoreBusyPct: coreBusyPercent(coresA[1], coresB[1]),
      // Softirq time is left out: on loopback it is the kernel delivering the worker's own packets.
      foreignLoadOnWorkerCorePct: Math.max(0, round(coreBusyPercent(coresA[0], coresB[0], false) - pct(0), 1)),
      foreignLoadOnOtherCorePct: Math.max(0, round(coreBusyPercent(coresA[1], coresB[1], false) - pct(1) - pct(2) - pct(3), 1)), settled, lateShare: round(lateShare, 4),
      buildS: round(buildS, 2), windowS: round(activeS, 2),
    };
  } catch (e) {
    // An overloaded worker can answer too slowly: that is a failed step, not a failed run.
    return { n, pass: false, delivery: 0, endToEnd: 0, worstConsumer: 0, workerCpuPct: 0, senderCpuPct: 0, sinkCpuPct: 0,
      egressPps: 0, egressMbps: 0, videoAtTopLayer: null, videoConsumers: 0, udpRcvbufErrors: 0,
      workerCoreBusyPct: 0, foreignLoadOnWorkerCorePct: 0, otherCoreBusyPct: 0, foreignLoadOnOtherCorePct: 0, settled: false, lateShare: 0, buildS: round((performance.now() - t0) / 1000, 2), windowS: 0, error: (e as Error).message };
  } finally {
    room.closeConsumers();
    await coolDown(rig.workerPid);
  }
}

/** Wait until the worker is nearly idle (only the publishers' ingress left), at most 5 s. An
 *  overloaded step leaves seconds of packets queued in the 4 MiB socket buffers; starting the next
 *  step on top of that backlog made it fail at counts that pass from a clean start. */
async function coolDown(workerPid: number): Promise<void> {
  const until = performance.now() + 5000;
  await sleep(300);
  while (performance.now() < until) {
    const a = cpuMark(workerPid);
    await sleep(250);
    if (cpuPercent(a, cpuMark(workerPid)) < IDLE_PCT) return;
  }
}

/** Worker CPU below which it counts as idle: the 8 publishers' ingress alone costs ~1-2%. */
const IDLE_PCT = 8;

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
