// One participant's media objects. The peer owns its WebRTC transports; mediasoup's transports own
// their producers and consumers (closing a transport closes them). The peer keeps private indexes
// that drop an entry the moment its object closes, so lookups never return a closed object.
import type { Consumer, Producer, Router, RtpCapabilities, RtpParameters, WebRtcServer, WebRtcTransport } from 'mediasoup/types';
import type { MediaSource } from '../../shared/protocol';
import { AppError, conflict, notFound } from '../realtime/errors';
import { chooseLayers, type LayerInputs } from './layers';

/** Enough for a send and a receive transport plus a spare while ICE restarts. */
const MAX_TRANSPORTS = 4;
/** Kbps the worker assumes a new transport can send before the bandwidth estimate settles. */
const INITIAL_OUTGOING_BITRATE = 1_000_000;

export interface ProducerData {
  [key: string]: unknown;
  peerId: string;
  source: MediaSource;
}

export interface ConsumerData extends LayerInputs {
  [key: string]: unknown;
  peerId: string;
  /** The client has attached the track and asked for media. */
  wanted: boolean;
}

/** Notifications the peer cannot deliver itself (it knows no sockets). */
export interface MediaPeerEvents {
  consumerClosed(consumerId: string): void;
}

export class MediaPeer {
  private readonly transports = new Map<string, WebRtcTransport>();
  private readonly producers = new Map<string, Producer<ProducerData>>();
  private readonly consumers = new Map<string, Consumer<ConsumerData>>();
  private closed = false;

  constructor(
    readonly id: string,
    private readonly router: Router,
    private readonly webRtcServer: WebRtcServer,
    private readonly warmupDataProducerId: string,
    private readonly events: MediaPeerEvents,
  ) {}

  async createTransport(direction: 'send' | 'recv'): Promise<WebRtcTransport> {
    if (this.closed) throw new AppError('conflict', 'this participant has left');
    if (this.transports.size >= MAX_TRANSPORTS) throw conflict('too many transports for one participant');
    const transport = await this.router.createWebRtcTransport({
      webRtcServer: this.webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: INITIAL_OUTGOING_BITRATE,
      // SCTP only on the receive side, for the warm-up data channel (see MediaRoom).
      enableSctp: direction === 'recv',
      appData: { peerId: this.id, direction },
    });
    if (this.closed) {
      transport.close();
      throw conflict('this participant has left');
    }
    this.transports.set(transport.id, transport);
    transport.observer.once('close', () => this.transports.delete(transport.id));
    return transport;
  }

  /**
   * Consume the room's silent warm-up data source on a receive transport, so the browser connects the
   * transport now (on the prejoin screen). The data consumer belongs to the transport and closes with it.
   */
  async warmUp(transportId: string) {
    const transport = this.transport(transportId, 'recv');
    return transport.consumeData({ dataProducerId: this.warmupDataProducerId });
  }

  listTransports(): WebRtcTransport[] {
    return [...this.transports.values()];
  }

  hasTransport(id: string): boolean {
    return this.transports.has(id);
  }

  transport(id: string, direction?: 'send' | 'recv'): WebRtcTransport {
    const t = this.transports.get(id);
    if (!t) throw notFound('transport');
    if (direction && t.appData.direction !== direction) throw conflict(`this is not a ${direction} transport`);
    return t;
  }

  async produce(transportId: string, kind: 'audio' | 'video', rtpParameters: RtpParameters, source: MediaSource, paused: boolean) {
    const transport = this.transport(transportId, 'send');
    for (const p of this.producers.values()) if (p.appData.source === source) throw conflict(`you already send ${source}`);
    const producer = await transport.produce<ProducerData>({ kind, rtpParameters, paused, appData: { peerId: this.id, source } });
    this.producers.set(producer.id, producer);
    producer.observer.once('close', () => this.producers.delete(producer.id));
    return producer;
  }

  hasProducer(id: string): boolean {
    return this.producers.has(id);
  }

  producer(id: string): Producer<ProducerData> {
    const p = this.producers.get(id);
    if (!p) throw notFound('producer');
    return p;
  }

  listProducers(): Producer<ProducerData>[] {
    return [...this.producers.values()];
  }

  /** Creates the consumer paused: it starts when the client says its track is attached (no lost keyframe). */
  async consume(transportId: string, producer: Producer<ProducerData>, rtpCapabilities: RtpCapabilities) {
    const transport = this.transport(transportId, 'recv');
    if (!this.router.canConsume({ producerId: producer.id, rtpCapabilities })) {
      throw conflict('your browser cannot receive this media');
    }
    for (const c of this.consumers.values()) if (c.producerId === producer.id) throw conflict('already receiving this media');
    const consumer = await transport.consume<ConsumerData>({
      producerId: producer.id,
      rtpCapabilities,
      paused: true,
      ...(producer.kind === 'video' ? { preferredLayers: chooseLayers({ viewport: undefined, score: undefined }) } : {}),
      appData: { peerId: producer.appData.peerId, wanted: false, viewport: undefined, score: undefined },
    });
    this.consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => this.consumers.delete(consumer.id));
    // Closed by mediasoup, not by us: the client must drop its side.
    const gone = () => this.events.consumerClosed(consumer.id);
    consumer.once('producerclose', gone);
    consumer.once('transportclose', gone);
    if (consumer.type === 'simulcast') {
      consumer.on('score', ({ score }) => {
        consumer.appData.score = score;
        void this.applyLayers(consumer);
      });
    }
    return consumer;
  }

  consumer(id: string): Consumer<ConsumerData> {
    const c = this.consumers.get(id);
    if (!c) throw notFound('consumer');
    return c;
  }

  hasConsumer(id: string): boolean {
    return this.consumers.has(id);
  }

  listConsumers(): Consumer<ConsumerData>[] {
    return [...this.consumers.values()];
  }

  /** Close the consumers that match (isolation: someone moved to the waiting room); returns their ids. */
  closeConsumersWhere(match: (c: Consumer<ConsumerData>) => boolean): string[] {
    const closed: string[] = [];
    for (const c of [...this.consumers.values()]) {
      if (!match(c)) continue;
      c.close();
      closed.push(c.id);
    }
    return closed;
  }

  async setViewport(consumerId: string, width: number, height: number): Promise<void> {
    const consumer = this.consumer(consumerId);
    consumer.appData.viewport = { width, height };
    await this.applyLayers(consumer);
  }

  counts(): { transports: number; producers: number; consumers: number } {
    return { transports: this.transports.size, producers: this.producers.size, consumers: this.consumers.size };
  }

  /** Idempotent; closing the transports closes every producer and consumer they own. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const t of [...this.transports.values()]) t.close();
  }

  private async applyLayers(consumer: Consumer<ConsumerData>): Promise<void> {
    if (consumer.closed || consumer.type !== 'simulcast') return;
    const next = chooseLayers(consumer.appData);
    const cur = consumer.preferredLayers;
    if (cur && cur.spatialLayer === next.spatialLayer && cur.temporalLayer === next.temporalLayer) return;
    try {
      await consumer.setPreferredLayers(next);
    } catch {
      // The consumer closed while the request was in flight: nothing left to adjust.
    }
  }
}
