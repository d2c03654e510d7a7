// Child process: replays pre-encoded RTP dumps in a loop, paced by their RTP timestamps. It
// rewrites SSRC, payload type, sequence number, timestamp and the VP8 15-bit PictureID so each
// stream stays continuous across loops (mediasoup would otherwise see jumps and drop packets).
// Pausing skips due packets without advancing seq: the worker sees a short silence, not loss,
// and every counter in the pipeline stands still long enough to be read consistently.
import dgram from 'node:dgram';
import fs from 'node:fs';
import type { SenderReply, SenderRequest, StreamSpec } from './protocol';

interface Dump {
  pk: Buffer[];
  /** Seconds from loop start of each packet. */
  off: number[];
  ts0: number;
  loopDur: number;
  loopTicks: number;
  /** Byte offset of the 15-bit PictureID per packet (VP8 only), and its value. */
  vp8: Array<{ at: number; pid: number } | null>;
  pid0: number;
  framesPerLoop: number;
}

const dumps = new Map<string, Dump>();

function vp8PictureId(p: Buffer): { at: number; pid: number } | null {
  const cc = (p[0] ?? 0) & 15;
  let h = 12 + cc * 4;
  if (((p[0] ?? 0) >> 4) & 1) h += 4 + p.readUInt16BE(h + 2) * 4; // header extension
  // X, I and M bits set: a 15-bit PictureID follows (ffmpeg's VP8 packetizer writes exactly this).
  if (((p[h] ?? 0) & 0x80) && ((p[h + 1] ?? 0) & 0x80) && ((p[h + 2] ?? 0) & 0x80)) {
    return { at: h + 2, pid: (((p[h + 2] ?? 0) & 0x7f) << 8) | (p[h + 3] ?? 0) };
  }
  return null;
}

function load(file: string, kind: StreamSpec['kind']): Dump {
  const cached = dumps.get(`${kind}:${file}`);
  if (cached) return cached;
  const b = fs.readFileSync(file);
  const pk: Buffer[] = [];
  for (let o = 0; o + 2 <= b.length; ) {
    const n = b.readUInt16BE(o);
    pk.push(b.subarray(o + 2, o + 2 + n));
    o += 2 + n;
  }
  const clock = kind === 'video' ? 90000 : 48000;
  const ts0 = pk[0]?.readUInt32BE(4) ?? 0;
  const off = pk.map((p) => ((p.readUInt32BE(4) - ts0) >>> 0) / clock);
  const frameDur = kind === 'video' ? 1 / 30 : 0.02;
  const loopTicks = Math.round(((off.at(-1) ?? 0) + frameDur) * clock);
  const vp8 = kind === 'video' ? pk.map(vp8PictureId) : pk.map(() => null);
  const pids = vp8.filter((v): v is { at: number; pid: number } => v !== null).map((v) => v.pid);
  const pid0 = pids[0] ?? 0;
  const framesPerLoop = pids.length ? (((pids.at(-1) ?? 0) - pid0) & 0x7fff) + 1 : 0;
  const d: Dump = { pk, off, ts0, loopDur: loopTicks / clock, loopTicks, vp8, pid0, framesPerLoop };
  dumps.set(`${kind}:${file}`, d);
  return d;
}

interface Stream {
  spec: StreamSpec;
  d: Dump;
  sock: dgram.Socket;
  idx: number;
  loop: number;
  base: number;
  seq: number;
  tsBase: number;
  pidBase: number;
  sent: number;
}

let streams: Stream[] = [];
let socks: dgram.Socket[] = [];
let timer: NodeJS.Timeout | undefined;
let t0 = 0;
let paused = false;

function sendDue(): void {
  const now = (performance.now() - t0) / 1000;
  for (const st of streams) {
    const { d, spec } = st;
    for (;;) {
      const due = st.loop * d.loopDur + (d.off[st.idx] ?? 0) - st.base;
      if (due > now) break;
      const src = d.pk[st.idx] as Buffer;
      const vp8 = d.vp8[st.idx];
      const loop = st.loop;
      if (++st.idx >= d.pk.length) {
        st.idx = 0;
        st.loop++;
      }
      if (paused) continue;
      const p = Buffer.from(src);
      p[1] = ((p[1] ?? 0) & 0x80) | spec.payloadType;
      p.writeUInt16BE(st.seq, 2);
      st.seq = (st.seq + 1) & 0xffff;
      p.writeUInt32BE((((p.readUInt32BE(4) - d.ts0) >>> 0) + loop * d.loopTicks + st.tsBase) >>> 0, 4);
      p.writeUInt32BE(spec.ssrc >>> 0, 8);
      if (vp8) {
        const pid = (((vp8.pid - d.pid0) & 0x7fff) + loop * d.framesPerLoop + st.pidBase) & 0x7fff;
        p[vp8.at] = 0x80 | (pid >> 8);
        p[vp8.at + 1] = pid & 0xff;
      }
      st.sock.send(p, spec.port, '127.0.0.1');
      st.sent++;
    }
  }
  timer = setTimeout(sendDue, 2);
}

async function start(specs: StreamSpec[]): Promise<void> {
  stopStreams();
  const byPort = new Map<number, dgram.Socket>();
  for (const spec of specs) {
    let sock = byPort.get(spec.port);
    if (!sock) {
      const s = dgram.createSocket('udp4');
      s.on('message', () => {}); // drain mediasoup's RTCP (receiver reports, PLIs)
      await new Promise<void>((r) => s.bind(0, '127.0.0.1', r));
      byPort.set(spec.port, s);
      socks.push(s);
      sock = s;
    }
    const d = load(spec.file, spec.kind);
    let idx = d.off.findIndex((o) => o >= spec.offsetSec % d.loopDur);
    if (idx < 0) idx = 0;
    streams.push({ spec, d, sock, idx, loop: 0, base: d.off[idx] ?? 0, seq: (Math.random() * 0xffff) | 0,
      tsBase: (Math.random() * 0xffffffff) >>> 0, pidBase: (Math.random() * 0x7fff) | 0, sent: 0 });
  }
  paused = false;
  t0 = performance.now();
  sendDue();
}

function stopStreams(): void {
  if (timer) clearTimeout(timer);
  for (const s of socks) s.close();
  streams = [];
  socks = [];
}

function reply(r: SenderReply): void {
  process.send?.(r);
}

process.on('message', (raw) => {
  const msg = raw as SenderRequest;
  if (msg.cmd === 'start') void start(msg.streams).then(() => reply({ id: msg.id }));
  else if (msg.cmd === 'pause') { paused = true; reply({ id: msg.id }); }
  else if (msg.cmd === 'resume') { paused = false; reply({ id: msg.id }); }
  else if (msg.cmd === 'snap') reply({ id: msg.id, sent: Object.fromEntries(streams.map((s) => [String(s.spec.ssrc), s.sent])) });
  else { stopStreams(); process.exit(0); }
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(3), 15 * 60_000).unref();
