// Pre-encodes the benchmark's media once per run with ffmpeg: three VP8 simulcast layers of one
// 640x480@30 test pattern and an opus tone, captured as RTP on 127.0.0.1 into a temp dir.
// Replaying these dumps keeps the senders at a few % of a core, so the worker's core is the only
// thing under load (encoding live would eat the other core and distort the figure).
import { spawn, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import fs from 'node:fs';
import path from 'node:path';

/** Seconds of media; the sender loops it. 10 s holds 5 keyframes per layer (GOP 2 s). */
const SECONDS = 10;

/** Layers low to high, as mediasoup orders simulcast encodings. The top layer doubles as the raw
 *  kit's single stream (640x480, ~800 kbps), so product and raw forward the same bytes per consumer. */
const LAYERS = [
  { name: 'video-l0', size: '160x120', kbps: 100 },
  { name: 'video-l1', size: '320x240', kbps: 300 },
  { name: 'video-l2', size: '640x480', kbps: 800 },
] as const;

export interface MediaFiles {
  dir: string;
  /** Dump files of the video layers, low to high. */
  video: string[];
  audio: string;
  /** Packets per second of each dump, to size expectations and report. */
  pps: Record<string, number>;
}

/** ffmpeg must exist; as root we install Debian's package, otherwise we say what to do. */
export function ensureFfmpeg(log: (s: string) => void): void {
  if (spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error('p1: ffmpeg is missing; install it: apt-get install -y ffmpeg');
  log('ffmpeg missing: apt-get install -y ffmpeg (one-off, a few minutes)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: 'ignore' as const, env, timeout: 600_000 };
  let r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'ffmpeg'], opts);
  if (r.status !== 0) {
    spawnSync('apt-get', ['update'], opts); // a fresh machine may have no package lists yet
    r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'ffmpeg'], opts);
  }
  if (r.status !== 0 || spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('p1: could not install ffmpeg with apt-get; install it by hand: apt-get install -y ffmpeg');
  }
}

interface Capture {
  sock: dgram.Socket;
  port: number;
  packets: Buffer[];
}

async function capture(): Promise<Capture> {
  const sock = dgram.createSocket({ type: 'udp4', recvBufferSize: 8 << 20 });
  const packets: Buffer[] = [];
  // RTCP sender reports (PT 200..206) are not media; drop them.
  sock.on('message', (m) => {
    const pt = m[1] ?? 0;
    if (pt < 200 || pt > 206) packets.push(Buffer.from(m));
  });
  await new Promise<void>((r) => sock.bind(0, '127.0.0.1', r));
  return { sock, port: sock.address().port, packets };
}

/** Count of RTP sequence-number gaps: must be 0, or the dump would replay as loss. */
function seqGaps(pk: Buffer[]): number {
  let gaps = 0;
  for (let i = 1; i < pk.length; i++) {
    if ((((pk[i]?.readUInt16BE(2) ?? 0) - (pk[i - 1]?.readUInt16BE(2) ?? 0)) & 0xffff) !== 1) gaps++;
  }
  return gaps;
}

function writeDump(file: string, pk: Buffer[]): void {
  // uint16BE length + packet, repeated (the reference kit's format).
  const parts: Buffer[] = [];
  for (const p of pk) {
    const h = Buffer.alloc(2);
    h.writeUInt16BE(p.length);
    parts.push(h, p);
  }
  fs.writeFileSync(file, Buffer.concat(parts));
}

/** Encode into dir (a temp dir the caller owns and removes). Bounded to SECONDS + 40 s. */
export async function encodeMedia(dir: string, signal?: AbortSignal): Promise<MediaFiles> {
  const caps = await Promise.all([...LAYERS.map(() => capture()), capture()]);
  const video = caps.slice(0, LAYERS.length);
  const audio = caps[LAYERS.length] as Capture;
  const outs: string[] = [];
  LAYERS.forEach((l, i) => {
    const k = l.kbps;
    outs.push('-map', `[v${i}]`, '-t', String(SECONDS), '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8',
      '-b:v', `${k}k`, '-minrate', `${k}k`, '-maxrate', `${k}k`, '-bufsize', `${k}k`, '-g', '60', '-keyint_min', '60',
      '-pix_fmt', 'yuv420p', '-ssrc', String(1000 + i), '-payload_type', '101', '-f', 'rtp',
      `rtp://127.0.0.1:${video[i]?.port}?pkt_size=1200`);
  });
  const filter = `[0:v]split=3[s0][s1][s2];${LAYERS.map((l, i) => `[s${i}]scale=${l.size.replace('x', ':')}[v${i}]`).join(';')}`;
  // -re paces the output at real time so the capture sockets never overflow.
  const args = ['-hide_banner', '-loglevel', 'error', '-re',
    '-f', 'lavfi', '-i', 'testsrc2=size=640x480:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
    '-filter_complex', filter, ...outs,
    '-map', '1:a', '-t', String(SECONDS), '-c:a', 'libopus', '-ar', '48000', '-ac', '2', '-b:a', '48k',
    '-frame_duration', '20', '-ssrc', '2000', '-payload_type', '100', '-f', 'rtp', `rtp://127.0.0.1:${audio.port}?pkt_size=1200`];
  const ff = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'], ...(signal ? { signal, killSignal: 'SIGKILL' as const } : {}) });
  ff.on('error', () => {}); // an abort surfaces as a non-zero exit below
  let err = '';
  ff.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  const code = await new Promise<number | null>((resolve) => {
    const t = setTimeout(() => ff.kill('SIGKILL'), (SECONDS + 40) * 1000);
    ff.on('exit', (c) => { clearTimeout(t); resolve(c); });
  });
  await new Promise((r) => setTimeout(r, 300)); // let the last packets land
  for (const c of caps) c.sock.close();
  if (code !== 0) throw new Error(`p1: ffmpeg failed (exit ${code}): ${err.slice(0, 500)}`);

  const pps: Record<string, number> = {};
  const named = [...LAYERS.map((l, i) => [l.name, video[i] as Capture] as const), ['audio', audio] as const];
  for (const [name, c] of named) {
    if (c.packets.length < SECONDS * 20) throw new Error(`p1: ${name} capture has only ${c.packets.length} packets`);
    const gaps = seqGaps(c.packets);
    if (gaps) throw new Error(`p1: ${name} capture lost packets (${gaps} sequence gaps)`);
    writeDump(path.join(dir, `${name}.rtpdump`), c.packets);
    pps[name] = Math.round(c.packets.length / SECONDS);
  }
  return { dir, video: LAYERS.map((l) => path.join(dir, `${l.name}.rtpdump`)), audio: path.join(dir, 'audio.rtpdump'), pps };
}
