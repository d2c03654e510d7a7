// One space's worth of media plumbing: the send and recv transports, our producers and our
// consumers, on a loaded Device. It is the single owner of those objects; close() is idempotent
// and cascades (our tracks stay: they belong to LocalMedia). A reconnect throws the whole link
// away and builds a new one; a move to another space of the room (breakouts) builds a new link on
// the same Device, because a Device loads only once and the spaces share one codec set.
import type { ConsumerOptions, MediaSource, PrepareResult, WireDtlsParameters, WireRtpCapabilities } from '../../../shared/protocol';
import type { LoadDevice, LocalProducer, MediaDevice, RecvTransport, RemoteConsumer, SendTransport } from '../media/engine';
import type { Signalling } from '../signalling';
import type { InboundStat } from './types';

export class LinkClosedError extends Error {
  override name = 'LinkClosedError';
}

/** What the session wants sent for one source right now. */
export interface Wanted {
  track: MediaStreamTrack | null;
  on: boolean;
}

export class MediaLink {
  private send: SendTransport | null = null;
  private recv: RecvTransport | null = null;
  private rtpCapabilities: WireRtpCapabilities | null = null;
  private readonly producers = new Map<MediaSource, LocalProducer>();
  private readonly producing = new Map<MediaSource, Promise<unknown>>();
  private readonly consumers = new Map<string, { consumer: RemoteConsumer; peerId: string }>();
  /** Producer ids we consume or are about to, so overlapping events don't consume twice. */
  private readonly consumedProducers = new Set<string>();
  /** Producers the server created paused although we asked for them running. */
  private readonly keptPaused = new Set<string>();
  private closedFlag = false;

  constructor(
    private readonly signalling: Signalling,
    private readonly loadDevice: LoadDevice,
    /** The server holds one of our producers paused (muted by the facilitator, someone else's turn). */
    private readonly onServerPaused: (source: MediaSource) => void = () => undefined,
    /** A Device already loaded on this connection (a move between spaces), or null to load one. */
    private loaded: MediaDevice | null = null,
  ) {}

  get closed(): boolean {
    return this.closedFlag;
  }

  /** The loaded Device, for the link of the next space on this connection. */
  get device(): MediaDevice | null {
    return this.loaded;
  }

  get recvRtpCapabilities(): WireRtpCapabilities {
    if (!this.rtpCapabilities) throw new LinkClosedError('not open');
    return this.rtpCapabilities;
  }

  /**
   * prepare → load the Device → create both transports (in parallel: two round trips become one).
   * Resolves to how the server will show us in the room.
   */
  async open(roomId: string): Promise<Omit<PrepareResult, 'routerRtpCapabilities'>> {
    const { routerRtpCapabilities, ...prepared } = await this.signalling.request('room:prepare', { roomId });
    this.loaded = await this.loadDevice(routerRtpCapabilities);
    await this.openTransports(this.loaded);
    return prepared;
  }

  /**
   * After `space:moved`: both transports in the new space, on the Device this connection already
   * loaded (loading one twice throws). Only a link without one loads it, from the space's capabilities.
   */
  async reopen(routerRtpCapabilities: WireRtpCapabilities): Promise<void> {
    this.loaded ??= await this.loadDevice(routerRtpCapabilities);
    await this.openTransports(this.loaded);
  }

  private async openTransports(device: MediaDevice): Promise<void> {
    this.assertOpen();
    const [sendInfo, recvInfo] = await Promise.all([
      this.signalling.request('transport:create', { direction: 'send' }),
      this.signalling.request('transport:create', { direction: 'recv' }),
    ]);
    this.assertOpen();
    const connect = (transportId: () => string) => async (dtlsParameters: WireDtlsParameters) => {
      await this.signalling.request('transport:connect', { transportId: transportId(), dtlsParameters });
    };
    const send = device.createSendTransport(sendInfo.transport, {
      connect: connect(() => send.id),
      produce: async ({ kind, rtpParameters, source, paused }) => {
        const ack = await this.signalling.request('producer:create', { transportId: send.id, kind, rtpParameters, source, paused });
        if (ack.paused && !paused) this.keptPaused.add(ack.producerId);
        return ack.producerId;
      },
    });
    const recv = device.createRecvTransport(recvInfo.transport, { connect: connect(() => recv.id) });
    this.send = send;
    this.recv = recv;
    this.rtpCapabilities = device.recvRtpCapabilities;
    if (recvInfo.warmup) {
      // Connect the receive side now, so Join only adds media to a live connection. Without it the
      // first consume connects the transport instead: slower, but it still works.
      await recv.warmUp(recvInfo.warmup).catch((error: unknown) => console.warn('[hearth] receive warm-up failed', error));
      this.assertOpen();
    }
  }

  producer(source: MediaSource): LocalProducer | null {
    return this.producers.get(source) ?? null;
  }

  /**
   * Make the producer for `source` match what the session wants: produce it the first time a
   * track exists, swap tracks, pause or resume. `want` is read again after every await, so fast
   * toggles end in the latest state.
   */
  async sync(source: MediaSource, want: () => Wanted): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      const pending = this.producing.get(source);
      if (pending) await pending.catch(() => undefined);
      this.assertOpen();
      const { track, on } = want();
      const producer = this.producers.get(source);
      if (!producer) {
        if (!track || !this.send) return;
        const created = this.send.produce({ track, source, paused: !on });
        this.producing.set(source, created);
        try {
          const p = await created;
          if (this.closedFlag) p.close();
          else this.producers.set(source, p);
          if (!this.closedFlag && this.keptPaused.delete(p.id)) {
            // Stop sending locally too, and let the session show the toggle as off.
            if (!p.paused) p.pause();
            this.onServerPaused(source);
          }
        } finally {
          this.producing.delete(source);
        }
        continue; // the member may have toggled while we produced
      }
      if (track && track !== producer.track) await producer.replaceTrack(track);
      this.assertOpen();
      if (on && producer.paused && track) {
        producer.resume();
        try {
          await this.signalling.request('producer:resume', { producerId: producer.id });
        } catch (error) {
          // Refused (muted by the facilitator, the stick is elsewhere) or lost: send nothing.
          if (!producer.paused) producer.pause();
          throw error;
        }
      } else if (!on && !producer.paused) {
        producer.pause();
        await this.signalling.request('producer:pause', { producerId: producer.id });
      }
      return;
    }
  }

  /** The server paused our producer: stop sending locally without asking it again. */
  pauseLocally(producerId: string): MediaSource | null {
    for (const [source, producer] of this.producers) {
      if (producer.id !== producerId) continue;
      if (!producer.paused) producer.pause();
      return source;
    }
    return null;
  }

  get recvTransportId(): string {
    if (!this.recv) throw new LinkClosedError('not open');
    return this.recv.id;
  }

  /** Consume a remote producer: create server-side (paused), build locally. Null if already consumed. */
  async consume(producerId: string): Promise<{ info: ConsumerOptions; consumer: RemoteConsumer } | null> {
    if (this.consumedProducers.has(producerId) || !this.recv) return null;
    this.consumedProducers.add(producerId);
    try {
      const { consumer: info } = await this.signalling.request('consumer:create', { transportId: this.recv.id, producerId });
      return { info, consumer: await this.build(info) };
    } catch (error) {
      this.consumedProducers.delete(producerId);
      throw error;
    }
  }

  /**
   * Build the local side of consumers the server already created (at join). Every local consume
   * starts in the same tick, so mediasoup-client negotiates them all in one SDP exchange.
   * Returns the ones that worked; the others are forgotten so they can be consumed again.
   */
  async adopt(infos: ConsumerOptions[]): Promise<Array<{ info: ConsumerOptions; consumer: RemoteConsumer }>> {
    const fresh = infos.filter((i) => !this.consumedProducers.has(i.producerId));
    for (const i of fresh) this.consumedProducers.add(i.producerId);
    const settled = await Promise.allSettled(fresh.map((info) => this.build(info)));
    const made: Array<{ info: ConsumerOptions; consumer: RemoteConsumer }> = [];
    settled.forEach((r, i) => {
      const info = fresh[i]!;
      if (r.status === 'fulfilled') made.push({ info, consumer: r.value });
      else this.consumedProducers.delete(info.producerId);
    });
    return made;
  }

  private async build(info: ConsumerOptions): Promise<RemoteConsumer> {
    this.assertOpen();
    if (!this.recv) throw new LinkClosedError('not open');
    const consumer = await this.recv.consume(info);
    if (this.closedFlag) {
      consumer.close();
      throw new LinkClosedError('closed while consuming');
    }
    this.consumers.set(consumer.id, { consumer, peerId: info.peerId });
    return consumer;
  }

  async resumeConsumer(consumerId: string): Promise<void> {
    await this.signalling.request('consumer:resume', { consumerId });
  }

  closeConsumer(consumerId: string): void {
    const entry = this.consumers.get(consumerId);
    if (!entry) return;
    this.consumers.delete(consumerId);
    this.consumedProducers.delete(entry.consumer.producerId);
    entry.consumer.close();
  }

  forgetProducer(producerId: string): void {
    for (const [id, { consumer }] of this.consumers) if (consumer.producerId === producerId) this.closeConsumer(id);
    this.consumedProducers.delete(producerId);
  }

  async inboundStats(): Promise<InboundStat[]> {
    const rows = await Promise.all(
      [...this.consumers.values()].map(async ({ consumer, peerId }) => {
        const rtp = await consumer.inboundRtp().catch(() => null);
        return rtp && { consumerId: consumer.id, producerId: consumer.producerId, peerId, kind: consumer.kind, ...rtp };
      }),
    );
    return rows.filter((r): r is InboundStat => r !== null);
  }

  consumerEntries(): Array<{ consumer: RemoteConsumer; peerId: string }> {
    return [...this.consumers.values()];
  }

  close(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    for (const { consumer } of this.consumers.values()) consumer.close();
    for (const producer of this.producers.values()) producer.close();
    this.consumers.clear();
    this.producers.clear();
    this.send?.close();
    this.recv?.close();
  }

  private assertOpen(): void {
    if (this.closedFlag) throw new LinkClosedError('media link closed');
  }
}
