// One benchmark room on one Router: 4 publishers (VP8 + opus each, on comedia PlainTransports fed
// by the sender) and N consumers grouped 8 per PlainTransport, i.e. one transport per subscriber
// that watches all 4 publishers, as in the reference kit. Each consumer transport sends to one
// of the sink's sockets. A Variant says which codecs, which video layout and whether SRTP.
import crypto from 'node:crypto';
import type {
  Consumer, PlainTransport, Producer, Router, RouterRtpCodecCapability, RtpCapabilities, SrtpCryptoSuite, TransportListenInfo, Worker,
} from 'mediasoup/types';
import type { StreamSpec } from './protocol';
import type { MediaFiles } from './media';

const LOOPBACK = '127.0.0.1';
export const PUBLISHERS = 4;
/** Consumers per subscriber transport: 4 publishers x (video + audio). */
export const PER_TRANSPORT = PUBLISHERS * 2;
const VIDEO_PT = 101;
const AUDIO_PT = 100;

export interface Variant {
  name: string;
  description: string;
  mediaCodecs: RouterRtpCodecCapability[];
  /** Three VP8 encodings (simulcast, consumers forward the top one) or one. */
  simulcast: boolean;
  srtp: SrtpCryptoSuite | null;
  /** Keep the router's bandwidth-estimation feedback (transport-cc, goog-remb) in what consumers
   *  negotiate. Without a receiver that answers it, the estimate stays at 600 kbps per transport. */
  bwe: boolean;
  /** SO_RCVBUF / SO_SNDBUF of every transport socket, in bytes. */
  socketBufferBytes: number;
}

interface Publisher {
  producer: Producer;
  kind: 'audio' | 'video';
  /** The SSRC a consumer of this producer forwards (top layer for simulcast). */
  forwardedSsrc: number;
}

export interface BenchConsumer {
  consumer: Consumer;
  kind: 'audio' | 'video';
  /** SSRC the sink sees from this consumer. */
  ssrc: number;
  /** Source stream whose packets this consumer should forward, one for one. */
  sourceSsrc: number;
}

/** SRTP master key + salt lengths in bytes, per suite (RFC 3711 / RFC 7714). */
const KEY_BYTES: Record<SrtpCryptoSuite, number> = {
  AES_CM_128_HMAC_SHA1_80: 30, AES_CM_128_HMAC_SHA1_32: 30, AEAD_AES_128_GCM: 28, AEAD_AES_256_GCM: 44,
};

export class Room {
  private publishers: Publisher[] = [];
  private transports: PlainTransport[] = [];
  consumers: BenchConsumer[] = [];

  private readonly consumerCaps: RtpCapabilities;

  private constructor(readonly router: Router, readonly variant: Variant) {
    const caps = router.rtpCapabilities;
    this.consumerCaps = variant.bwe ? caps : { ...caps, codecs: (caps.codecs ?? []).map((c) => ({ ...c,
      rtcpFeedback: (c.rtcpFeedback ?? []).filter((f) => f.type !== 'transport-cc' && f.type !== 'goog-remb') })) };
  }

  /** Router + publishers; returns the room and the streams the sender must play into it. */
  static async open(worker: Worker, variant: Variant, media: MediaFiles): Promise<{ room: Room; streams: StreamSpec[] }> {
    const router = await worker.createRouter({ mediaCodecs: variant.mediaCodecs });
    const room = new Room(router, variant);
    const streams: StreamSpec[] = [];
    // Order v0,a0,v1,a1,...: consumer i takes publisher i % 8, so any N is half video, half audio.
    for (let i = 0; i < PUBLISHERS; i++) {
      for (const kind of ['video', 'audio'] as const) {
        const t = await router.createPlainTransport({ listenInfo: room.listenInfo(), rtcpMux: true, comedia: true });
        const port = t.tuple.localPort;
        // Stagger publishers by 0.5 s so their keyframes (every 2 s) do not arrive together.
        const offsetSec = i * 0.5 + (kind === 'audio' ? 0.01 : 0);
        if (kind === 'audio') {
          const ssrc = 2000 + i;
          const producer = await t.produce({ kind, rtpParameters: { codecs: [
            { mimeType: 'audio/opus', payloadType: AUDIO_PT, clockRate: 48000, channels: 2 }], encodings: [{ ssrc }] } });
          room.publishers.push({ producer, kind, forwardedSsrc: ssrc });
          streams.push({ file: media.audio, kind, ssrc, payloadType: AUDIO_PT, port, offsetSec });
          continue;
        }
        const files = variant.simulcast ? media.video : media.video.slice(-1);
        const ssrcs = files.map((_, layer) => 1000 + i * 10 + layer);
        const producer = await t.produce({ kind, rtpParameters: {
          codecs: [{ mimeType: 'video/VP8', payloadType: VIDEO_PT, clockRate: 90000 }],
          encodings: ssrcs.map((ssrc) => ({ ssrc })) } });
        room.publishers.push({ producer, kind, forwardedSsrc: ssrcs.at(-1) as number });
        files.forEach((file, layer) => streams.push({ file, kind, ssrc: ssrcs[layer] as number, payloadType: VIDEO_PT, port, offsetSec }));
      }
    }
    return { room, streams };
  }

  private listenInfo(): TransportListenInfo {
    const size = this.variant.socketBufferBytes;
    return { protocol: 'udp', ip: LOOPBACK, recvBufferSize: size, sendBufferSize: size };
  }

  /** Packets each producer stream has received so far (mediasoup's own count), by SSRC. */
  async producerPackets(): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    const all = await Promise.all(this.publishers.map((p) => p.producer.getStats()));
    for (const stats of all) for (const s of stats) out.set(s.ssrc, s.packetCount);
    return out;
  }

  /** Create consumers until there are n, transports first, in bounded parallel batches. */
  async grow(n: number, sinkPorts: number[]): Promise<void> {
    const BATCH = 64;
    while (this.consumers.length < n) {
      const first = this.consumers.length;
      const idx = Array.from({ length: Math.min(BATCH, n - first) }, (_, k) => first + k);
      const need = [...new Set(idx.map((i) => Math.floor(i / PER_TRANSPORT)))].filter((j) => !this.transports[j]);
      await Promise.all(need.map((j) => this.openTransport(j, sinkPorts[j % sinkPorts.length] as number)));
      const made = await Promise.all(idx.map(async (i) => {
        const pub = this.publishers[i % this.publishers.length] as Publisher;
        const t = this.transports[Math.floor(i / PER_TRANSPORT)] as PlainTransport;
        const consumer = await t.consume({ producerId: pub.producer.id, rtpCapabilities: this.consumerCaps });
        const ssrc = consumer.rtpParameters.encodings?.[0]?.ssrc ?? 0;
        return { consumer, kind: pub.kind, ssrc, sourceSsrc: pub.forwardedSsrc };
      }));
      this.consumers.push(...made);
    }
  }

  private async openTransport(j: number, sinkPort: number): Promise<void> {
    const suite = this.variant.srtp;
    const t = await this.router.createPlainTransport({
      listenInfo: this.listenInfo(), rtcpMux: true, comedia: false,
      ...(suite ? { enableSrtp: true, srtpCryptoSuite: suite } : {}),
    });
    // The remote key only decrypts what the sink would send back (nothing); the worker encrypts
    // egress with its own key either way, which is the cost being measured.
    await t.connect({ ip: LOOPBACK, port: sinkPort,
      ...(suite ? { srtpParameters: { cryptoSuite: suite, keyBase64: crypto.randomBytes(KEY_BYTES[suite]).toString('base64') } } : {}) });
    this.transports[j] = t;
  }

  /** Close every consumer transport (and so every consumer); the publishers stay. */
  closeConsumers(): void {
    for (const t of this.transports) t?.close();
    this.transports = [];
    this.consumers = [];
  }

  close(): void {
    this.closeConsumers();
    this.router.close();
  }
}
