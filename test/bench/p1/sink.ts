// Child process: UDP sockets on 127.0.0.1 that only count RTP packets per SSRC. It reads the
// clear RTP header, so it counts SRTP as well without keys. It sends nothing back (no RTCP), which
// is why these consumers are cheaper than WebRTC ones: no NACK, no feedback to process.
import dgram from 'node:dgram';
import type { SinkReply, SinkRequest } from './protocol';

/** Big receive buffers so that the sink, not the kernel, is the only place a packet can vanish. */
const RCVBUF = 4 << 20;
/** ssrc -> [packets, bytes] */
const counts = new Map<number, [number, number]>();
let rtcp = 0;
const socks: dgram.Socket[] = [];

function onMessage(m: Buffer): void {
  if (m.length < 12) return;
  const pt = m[1] ?? 0;
  if (pt >= 200 && pt <= 206) {
    rtcp++;
    return;
  }
  const ssrc = m.readUInt32BE(8);
  const c = counts.get(ssrc);
  if (c) {
    c[0]++;
    c[1] += m.length;
  } else counts.set(ssrc, [1, m.length]);
}

function reply(r: SinkReply): void {
  process.send?.(r);
}

process.on('message', (raw) => {
  const msg = raw as SinkRequest;
  if (msg.cmd === 'open') {
    void (async () => {
      for (let i = 0; i < msg.sockets; i++) {
        const s = dgram.createSocket({ type: 'udp4', recvBufferSize: RCVBUF });
        s.on('message', onMessage);
        await new Promise<void>((r) => s.bind(0, '127.0.0.1', r));
        socks.push(s);
      }
      reply({ id: msg.id, ports: socks.map((s) => s.address().port) });
    })();
  } else if (msg.cmd === 'snap') {
    reply({ id: msg.id, received: Object.fromEntries(counts), rtcp });
  } else {
    for (const s of socks) s.close();
    process.exit(0);
  }
});
// Never outlive the benchmark, even if it dies without saying stop.
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(3), 15 * 60_000).unref();
