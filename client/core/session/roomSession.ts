// The life of one member in one room: prepare media on the prejoin screen, join, follow the
// room's events, toggle mic/camera, and rebuild everything after a dropped connection or a
// media-server restart. UI code only reads `state` and calls the actions here.
import type { ProducerView } from '../../../shared/protocol';
import { describeError, isTransient, RequestError } from '../errors';
import type { LoadDevice } from '../media/engine';
import { createLevelMeter } from '../media/levelMeter';
import type { DeviceKind, LocalMedia } from '../media/localMedia';
import type { Prefs } from '../prefs';
import type { ChannelStatus, Signalling } from '../signalling';
import { createStore, type ReadableStore } from '../store';
import { LinkClosedError, MediaLink } from './mediaLink';
import { Publisher } from './publisher';
import * as P from './peers';
import { bindServerEvents, type EventTarget } from './serverEvents';
import { RetryPolicy } from './retryPolicy';
import type { InboundStat, SessionState, Timings } from './types';
import { realTimers, ViewportReporter, type Timers } from './viewport';

export interface SessionDeps {
  signalling: Signalling;
  loadDevice: LoadDevice;
  local: LocalMedia;
  now?: () => number;
  timers?: Timers;
  savePrefs?: (patch: Partial<Prefs>) => void;
}

export class RoomSession {
  readonly timings: Timings = {};
  readonly micLevel: ReadableStore<number>;
  readonly viewport: ViewportReporter;
  private readonly store;
  private readonly levelStore = createStore<Readonly<Record<string, number>>>({});
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly off: Array<() => void> = [];
  private link: MediaLink | null = null;
  private linkReady = false;
  private readonly retries = new RetryPolicy();
  private retryTimer: unknown = null;
  private readonly localStarted: Promise<void>;
  private readonly publisher: Publisher;

  constructor(
    readonly roomId: string,
    private readonly deps: SessionDeps,
  ) {
    this.now = deps.now ?? (() => performance.now());
    this.timers = deps.timers ?? realTimers;
    this.store = createStore<SessionState>({
      roomId,
      phase: 'prejoin',
      connection: { type: 'connecting' },
      mediaReady: false,
      you: null,
      roomTitle: null,
      self: null,
      peers: {},
      activeSpeaker: null,
      audioOnly: false,
      notice: null,
    });
    this.viewport = new ViewportReporter((consumerId, width, height) => {
      this.deps.signalling.request('consumer:viewport', { consumerId, width, height }).catch(() => undefined);
    }, this.timers);
    this.micLevel = createLevelMeter((cb) => {
      cb(deps.local.track('mic'));
      return deps.local.state.subscribe(() => cb(deps.local.track('mic')));
    });
    this.publisher = new Publisher({
      local: deps.local,
      readyLink: () => (this.linkReady ? this.link : null),
      onError: (error, link) => this.fail(error, link),
      savePrefs: deps.savePrefs,
    });
    this.localStarted = deps.local.start().catch(() => undefined);
    this.off.push(deps.signalling.onStatus((status, message) => this.onStatus(status, message)));
    this.off.push(...bindServerEvents(deps.signalling, this.eventTarget()));
    if (deps.signalling.connected) void this.setup();
    else deps.signalling.connect();
  }

  get state(): ReadableStore<SessionState> {
    return this.store;
  }

  /** Audio levels per peer (dBov, -127..0), kept apart from `state` because they change often. */
  get levels(): ReadableStore<Readonly<Record<string, number>>> {
    return this.levelStore;
  }

  get local(): LocalMedia {
    return this.deps.local;
  }

  get peerId(): string | null {
    return this.store.get().self?.peerId ?? null;
  }

  /** Enter the room (the name and role are the server's: the member's pseudonym in this group). */
  join(): void {
    if (this.store.get().phase !== 'prejoin') return;
    this.timings.joinClicked ??= this.now();
    this.patch({ phase: 'joining', notice: null });
    // If setup is still running it will join when it gets there.
    const link = this.link;
    if (link && this.linkReady) void this.joinOver(link).catch((e) => this.fail(e, link));
  }

  async leave(): Promise<void> {
    if (this.store.get().phase === 'left') return;
    const wasIn = this.store.get().phase !== 'prejoin';
    this.patch({ phase: 'left', notice: null });
    if (wasIn && this.deps.signalling.connected) {
      await this.deps.signalling.request('room:leave', {}).catch(() => undefined);
    }
    this.dispose();
  }

  toggleMic = (): Promise<void> => this.publisher.toggleMic();
  setMicOn = (on: boolean): Promise<void> => this.publisher.setMicOn(on);
  toggleCamera = (): Promise<void> => this.publisher.toggleCamera();
  setCameraOn = (on: boolean): Promise<void> => this.publisher.setCameraOn(on);
  selectDevice = (kind: DeviceKind, deviceId: string): Promise<void> => this.publisher.selectDevice(kind, deviceId);

  async setAudioOnly(enabled: boolean): Promise<void> {
    this.patch({ audioOnly: enabled });
    if (this.store.get().phase === 'joined') {
      await this.deps.signalling.request('peer:audioOnly', { enabled }).catch(() => undefined);
    }
  }

  /** After "failed": try again from the start, keeping local tracks and the joined intent. */
  retry(): void {
    this.retries.reset();
    this.patch({ connection: { type: 'connecting' } });
    if (this.deps.signalling.connected) void this.setup();
    else this.deps.signalling.connect();
  }

  markFirstRemoteFrame(): void {
    this.timings.firstRemoteFrame ??= this.now();
  }

  /** inbound-rtp figures of every consumer, for e2e tests and diagnostics. */
  async inboundStats(): Promise<InboundStat[]> {
    return this.link?.inboundStats() ?? [];
  }

  dispose(): void {
    this.clearRetry();
    this.off.splice(0).forEach((f) => f());
    this.teardown();
    this.local.dispose();
    this.deps.signalling.close();
  }

  // --- setup and recovery ---------------------------------------------------------------

  /** prepare → transports → produce (hidden until join) → join again if we were in the room. */
  private async setup(): Promise<void> {
    this.clearRetry();
    this.teardown();
    const link = new MediaLink(this.deps.signalling, this.deps.loadDevice);
    this.link = link;
    try {
      const { you, roomTitle } = await link.open(this.roomId);
      this.patch({ you, roomTitle });
      await this.localStarted;
      await this.publisher.publishAll(link);
      if (link.closed) return;
      this.linkReady = true;
      this.patch({ mediaReady: true });
      // Toggles made while we were producing are applied now.
      await Promise.all([this.publisher.sync('mic'), this.publisher.sync('camera')]);
      const phase = this.store.get().phase;
      if (phase === 'joining' || phase === 'joined') await this.joinOver(link);
      if (this.link === link) {
        this.retries.reset();
        this.patch({ connection: { type: 'connected' } });
      }
    } catch (error) {
      this.fail(error, link);
    }
  }

  private async joinOver(link: MediaLink): Promise<void> {
    // Stale people from before a reconnect go now; events racing ahead of the ack land in {}.
    this.patch({ peers: {} });
    let result;
    try {
      result = await this.deps.signalling.request('room:join', {
        rtpCapabilities: link.recvRtpCapabilities,
        recvTransportId: link.recvTransportId,
      });
    } catch (error) {
      // A refused join (e.g. the server disliked the name) goes back to the prejoin screen to fix it.
      if (error instanceof RequestError && !isTransient(error) && error.code !== 'internal' && link === this.link) {
        this.patch({ phase: 'prejoin', notice: describeError(error), connection: { type: 'connected' } });
        return;
      }
      throw error;
    }
    if (link.closed) return;
    this.timings.joined ??= this.now();
    const snapshot = P.fromJoin(result.self, result.peers, result.producers);
    const made = link.consumerEntries().map(({ consumer }) => ({ producerId: consumer.producerId, id: consumer.id, track: consumer.track }));
    this.patch({ phase: 'joined', self: result.self, peers: P.mergeJoin(snapshot, this.store.get().peers, made) });
    if (this.store.get().audioOnly) void this.deps.signalling.request('peer:audioOnly', { enabled: true }).catch(() => undefined);
    this.patch({ connection: { type: 'connected' } });
    // The server made paused consumers for what was already live: build them in one go, resume
    // them together, then consume anything it could not (those take the one-by-one path).
    const adopted = await link.adopt(result.consumers);
    if (link.closed) return;
    let peers = this.store.get().peers;
    const attached = adopted.filter(({ info, consumer }) => {
      const next = P.attachConsumer(peers, info.producerId, { id: consumer.id, track: consumer.track, paused: false });
      if (next) peers = next;
      else link.closeConsumer(consumer.id); // its producer or peer left meanwhile
      return next !== null;
    });
    this.patch({ peers });
    await Promise.all(attached.map(({ consumer }) => link.resumeConsumer(consumer.id).catch(() => undefined)));
    const done = new Set(adopted.map(({ info }) => info.producerId));
    await Promise.all(result.producers.filter((p) => !done.has(p.producerId)).map((p) => this.consume(link, p)));
  }

  private fail(error: unknown, link: MediaLink | null): void {
    if (error instanceof LinkClosedError || !link || link !== this.link) return; // superseded by a newer setup
    this.teardown();
    const decision = this.retries.next(error);
    if (decision.type === 'give-up') {
      this.patch({ connection: { type: 'failed', message: describeError(error) } });
      return;
    }
    this.patch({ connection: { type: this.store.get().phase === 'joined' ? 'reconnecting' : 'connecting' } });
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null;
      if (this.deps.signalling.connected) void this.setup();
    }, decision.delayMs);
  }

  /** Close the media link (local tracks stay) and forget remote media; people stay listed. */
  private teardown(): void {
    this.link?.close();
    this.link = null;
    this.linkReady = false;
    this.viewport.clear();
    const s = this.store.get();
    this.store.set({ ...s, mediaReady: false, peers: P.stripMedia(s.peers), activeSpeaker: null });
    this.levelStore.set({});
  }

  private onStatus(status: ChannelStatus, message?: string): void {
    if (this.store.get().phase === 'left') return;
    if (status === 'refused') {
      this.teardown();
      this.patch({ connection: { type: 'refused', message: message ?? 'You cannot join this session.' } });
      return;
    }
    if (status === 'connected') {
      this.retries.reset();
      void this.setup();
    } else if (status === 'lost') {
      this.teardown();
      this.patch({ connection: { type: 'reconnecting' } });
    } else {
      this.teardown();
      this.patch({ connection: { type: 'failed', message: 'We could not reach the server.' } });
    }
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  // --- media -----------------------------------------------------------------------------

  private async consume(link: MediaLink, producer: ProducerView): Promise<void> {
    if (producer.peerId === this.peerId) return;
    try {
      const made = await link.consume(producer.producerId);
      if (!made || link.closed) return;
      const { consumer } = made;
      const peers = P.attachConsumer(this.store.get().peers, producer.producerId, { id: consumer.id, track: consumer.track, paused: false });
      if (!peers) {
        link.closeConsumer(consumer.id); // the producer or its peer left meanwhile
        return;
      }
      this.patch({ peers });
      await link.resumeConsumer(consumer.id);
    } catch (error) {
      // One participant's stream failing must not take the room down; their tile shows an avatar.
      if (!(error instanceof LinkClosedError)) console.warn('[hearth] could not receive a stream', describeError(error));
    }
  }

  private eventTarget(): EventTarget {
    return {
      inRoom: () => {
        const phase = this.store.get().phase;
        return (phase === 'joined' || phase === 'joining') && this.link !== null;
      },
      selfId: () => this.peerId,
      peers: () => this.store.get().peers,
      setPeers: (peers) => this.patch({ peers }),
      consume: (producer) => {
        if (this.link) void this.consume(this.link, producer);
      },
      closeConsumer: (id) => this.closeConsumer(id),
      forgetProducer: (id) => this.link?.forgetProducer(id),
      setActiveSpeaker: (activeSpeaker) => this.patch({ activeSpeaker }),
      setLevels: (levels) => this.levelStore.set(levels),
      ended: () => {
        this.teardown();
        this.local.dispose(); // camera and microphone off at once: they are no longer in a session
        this.patch({ phase: 'left', notice: 'A facilitator removed you from this group, so you have left the session.' });
      },
      mediaServerRestarted: () => {
        if (this.store.get().phase === 'left') return;
        this.patch({ connection: { type: this.store.get().phase === 'joined' ? 'reconnecting' : 'connecting' } });
        void this.setup();
      },
    };
  }

  private closeConsumer(consumerId: string): void {
    this.viewport.forget(consumerId);
    this.link?.closeConsumer(consumerId);
  }

  private patch(partial: Partial<SessionState>): void {
    const s = this.store.get();
    if (Object.entries(partial).every(([k, v]) => s[k as keyof SessionState] === v)) return;
    this.store.set({ ...s, ...partial });
  }
}
