// A room's media: it owns one Router (on the least-loaded worker), the speaker observers, and the
// MediaPeers of everyone connected to it. It knows nothing of sockets or session rules.
import type { ActiveSpeakerObserver, AudioLevelObserver, DataProducer, Producer, Router, WebRtcServer } from 'mediasoup/types';
import { mediaCodecs } from './codecs';
import { MediaPeer, type MediaPeerEvents, type ProducerData } from './mediaPeer';
import type { WorkerPool } from './workerPool';

/** How often levels are reported, and the quietest level (dBov) that counts as speaking. */
const AUDIO_LEVEL_INTERVAL_MS = 400;
const AUDIO_LEVEL_THRESHOLD_DBOV = -60;

export interface MediaRoomEvents {
  activeSpeaker(peerId: string | null): void;
  audioLevels(levels: Array<{ peerId: string; volume: number }>): void;
  /** The router went away with its worker: every MediaPeer here is already closed. */
  workerDied(): void;
}

export class MediaRoom {
  private readonly peers = new Map<string, MediaPeer>();
  private closed = false;

  private constructor(
    readonly id: string,
    private readonly router: Router,
    private readonly webRtcServer: WebRtcServer,
    private readonly activeSpeaker: ActiveSpeakerObserver,
    private readonly audioLevels: AudioLevelObserver,
    private readonly warmup: DataProducer,
    private readonly events: MediaRoomEvents,
  ) {
    const peerOf = (p: Producer) => (p.appData as ProducerData).peerId;
    activeSpeaker.on('dominantspeaker', ({ producer }) => events.activeSpeaker(peerOf(producer)));
    audioLevels.on('volumes', (v) => events.audioLevels(v.map(({ producer, volume }) => ({ peerId: peerOf(producer), volume }))));
    audioLevels.on('silence', () => events.audioLevels([]));
    router.once('workerclose', () => {
      this.closePeers();
      this.closed = true;
      events.workerDied();
    });
  }

  static async create(id: string, pool: WorkerPool, events: MediaRoomEvents): Promise<MediaRoom> {
    const slot = pool.leastLoaded();
    const router = await slot.worker.createRouter({ mediaCodecs, appData: { roomId: id } });
    try {
      const activeSpeaker = await router.createActiveSpeakerObserver();
      const audioLevels = await router.createAudioLevelObserver({
        maxEntries: 16,
        threshold: AUDIO_LEVEL_THRESHOLD_DBOV,
        interval: AUDIO_LEVEL_INTERVAL_MS,
      });
      // A silent data source every receive transport consumes on the prejoin screen: consuming it makes the
      // browser connect ICE and DTLS before Join, so joining only adds media to a live connection.
      const direct = await router.createDirectTransport();
      const warmup = await direct.produceData({ label: 'hearth-warmup' });
      return new MediaRoom(id, router, slot.webRtcServer, activeSpeaker, audioLevels, warmup, events);
    } catch (err) {
      router.close();
      throw err;
    }
  }

  get rtpCapabilities() {
    return this.router.rtpCapabilities;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  addPeer(peerId: string, events: MediaPeerEvents): MediaPeer {
    const peer = new MediaPeer(peerId, this.router, this.webRtcServer, this.warmup.id, events);
    this.peers.set(peerId, peer);
    return peer;
  }

  peer(peerId: string): MediaPeer | undefined {
    return this.peers.get(peerId);
  }

  listPeers(): MediaPeer[] {
    return [...this.peers.values()];
  }

  /** Speaker detection only covers people who have joined (a peer on the prejoin screen is silent to the room). */
  async observeAudio(producer: Producer): Promise<void> {
    if (producer.kind !== 'audio' || producer.closed) return;
    await Promise.all([
      this.activeSpeaker.addProducer({ producerId: producer.id }),
      this.audioLevels.addProducer({ producerId: producer.id }),
    ]).catch(() => undefined); // the producer closed meanwhile; observers drop closed producers themselves
  }

  removePeer(peerId: string): void {
    this.peers.get(peerId)?.close();
    this.peers.delete(peerId);
  }

  get size(): number {
    return this.peers.size;
  }

  /** Idempotent: closes every peer's media and the router (and with it the observers). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.closePeers();
    this.router.close();
  }

  private closePeers(): void {
    for (const p of this.peers.values()) p.close();
    this.peers.clear();
  }
}
