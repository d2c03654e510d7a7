// The life of one member in one room: prepare media on the prejoin screen, join (perhaps via the
// waiting room), follow the room's events, toggle mic/camera, move between the room's spaces
// (breakouts) and rebuild everything after a dropped connection or a media-server restart. UI code
// only reads `state` and calls the actions here.
import type { ClientPayload, JoinResult, MediaSource, Reaction, SessionEventName } from '../../../shared/protocol';
import { describeError, isTransient, RequestError } from '../errors';
import type { LoadDevice, MediaDevice } from '../media/engine';
import { createLevelMeter } from '../media/levelMeter';
import type { DeviceKind, LocalMedia } from '../media/localMedia';
import type { Prefs } from '../prefs';
import type { ChannelStatus, Signalling } from '../signalling';
import { createStore, type ReadableStore } from '../store';
import { SessionControls, sentence, type Quiet } from './controls';
import { consumeProducer, enterRoom, type EntryHost } from './entry';
import { createServerClock } from './serverClock';
import { LinkClosedError, MediaLink } from './mediaLink';
import { Publisher } from './publisher';
import * as P from './peers';
import { bindServerEvents, type EventTarget } from './serverEvents';
import { bindSessionEvents, type LiveHost } from './sessionEvents';
import { SpaceMoves } from './spaceMoves';
import { ViewParts } from './viewParts';
import { RetryPolicy } from './retryPolicy';
import type { InboundStat, SessionState, Timings } from './types';
import { realTimers, ViewportReporter, type Timers } from './viewport';

export interface SessionDeps {
  signalling: Signalling;
  loadDevice: LoadDevice;
  local: LocalMedia;
  now?: () => number;
  /** The wall clock (ms since epoch), compared with the server's to count down in server time. */
  wallClock?: () => number;
  timers?: Timers;
  savePrefs?: (patch: Partial<Prefs>) => void;
}

export class RoomSession {
  readonly timings: Timings = {};
  readonly micLevel: ReadableStore<number>;
  readonly viewport: ViewportReporter;
  /** The server's clock in whole seconds, ticking while a countdown watches it. */
  readonly serverClock: ReadableStore<number>;
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
  private readonly controls: SessionControls;
  private readonly views = new ViewParts();
  private readonly wallClock: () => number;
  /** The Device this connection loaded: every space of the room reuses it (a Device loads once). */
  private device: MediaDevice | null = null;
  private readonly moves: SpaceMoves;

  constructor(
    readonly roomId: string,
    private readonly deps: SessionDeps,
  ) {
    this.now = deps.now ?? (() => performance.now());
    this.timers = deps.timers ?? realTimers;
    this.wallClock = deps.wallClock ?? (() => Date.now());
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
      moving: null,
      session: null,
      serverOffset: 0,
      guidelines: null,
      prompt: null,
      toast: null,
      chat: [],
      reactions: {},
    });
    this.serverClock = createServerClock(() => this.serverNow(), this.timers);
    this.moves = new SpaceMoves({
      signalling: deps.signalling,
      views: this.views,
      get: () => this.store.get(),
      patch: (partial) => this.patch(partial),
      leaveSpace: () => this.leaveSpace(),
      goLive: (open, enter) => this.goLive(open, enter),
      enter: (link, result) => this.enter(link, result),
      isCurrent: (link) => this.link === link,
    });
    this.controls = new SessionControls({
      signalling: deps.signalling,
      timers: this.timers,
      get: () => this.store.get(),
      patch: (partial) => this.patch(partial),
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
      onRefused: (source, error) => {
        this.showOff(source);
        this.controls.toast(sentence(describeError(error)));
      },
      savePrefs: deps.savePrefs,
    });
    this.localStarted = deps.local.start().catch(() => undefined);
    this.off.push(deps.signalling.onStatus((status, message) => this.onStatus(status, message)));
    this.off.push(...bindServerEvents(deps.signalling, this.eventTarget()));
    this.off.push(...bindSessionEvents(deps.signalling, this.liveHost()));
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

  toggleMic = (): Promise<void> => this.setMicOn(!this.local.state.get().micOn);
  toggleCamera = (): Promise<void> => this.setCameraOn(!this.local.state.get().cameraOn);

  /** Turning on is checked against the session first (muted by the facilitator, someone else's
   *  turn): a blocked toggle explains why instead of asking the server to refuse. */
  setMicOn = async (on: boolean): Promise<void> => {
    if (on && this.controls.refuseTurnOn('mic')) return;
    if (on) this.controls.closePromptFor('mic');
    await this.publisher.setMicOn(on);
  };

  setCameraOn = async (on: boolean): Promise<void> => {
    if (on && this.controls.refuseTurnOn('camera')) return;
    if (on) this.controls.closePromptFor('camera');
    await this.publisher.setCameraOn(on);
  };

  selectDevice = (kind: DeviceKind, deviceId: string): Promise<void> => this.publisher.selectDevice(kind, deviceId);

  async setAudioOnly(enabled: boolean): Promise<void> {
    this.patch({ audioOnly: enabled });
    if (this.store.get().phase === 'joined') {
      await this.deps.signalling.request('peer:audioOnly', { enabled }).catch(() => undefined);
    }
  }

  /** See SessionControls.act: rejects (with a readable message) when the server refuses. */
  act = <E extends SessionEventName>(event: E, payload: ClientPayload<E>, options?: Quiet): Promise<void> =>
    this.controls.act(event, payload, options);
  sendChat = (text: string, to: 'room' | 'facilitators', options?: Quiet): Promise<void> => this.controls.sendChat(text, to, options);
  deleteChat = (messageId: string, options?: Quiet): Promise<void> => this.controls.deleteChat(messageId, options);
  react = (reaction: Reaction, options?: Quiet): Promise<void> => this.controls.react(reaction, options);
  dismissToast = (): void => this.controls.dismissToast();

  /** The toast's button: go to the breakout that asked for help. Rejects like act(). */
  toastAction = async (): Promise<void> => {
    const action = this.store.get().toast?.action;
    if (!action) return;
    this.controls.dismissToast();
    await this.act('breakout:visit', { to: action.visit });
  };

  /** "Stay muted", or closing the your-turn prompt without choosing. */
  dismissPrompt = (): void => this.controls.setPrompt(null);

  /** Give the talking stick on (from the your-turn prompt). Rejects like act(). */
  passTurn = (): Promise<void> => this.controls.passTurn();

  /** The server's clock now (ms), for countdowns against the times in the session view. */
  serverNow(): number {
    return this.wallClock() + this.store.get().serverOffset;
  }

  /** After "failed": try again from the start, keeping local tracks and the joined intent. */
  retry(): void {
    this.retries.reset();
    this.patch({ connection: { type: 'connecting' } });
    if (this.deps.signalling.connected) void this.rebuild();
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
    this.controls.dispose();
    this.teardown();
    this.local.dispose();
    this.deps.signalling.close();
  }

  // --- setup and recovery ---------------------------------------------------------------

  /** prepare → transports → produce (hidden until join) → join again if we were in the room. */
  private async setup(): Promise<void> {
    // A new connection (or media server) starts in the main room with a new Device: the server decides.
    this.moves.forget();
    this.teardown();
    this.device = null;
    await this.goLive(
      async (link) => {
        const { you, roomTitle, guidelines, serverTime } = await link.open(this.roomId);
        this.patch({ you, roomTitle, guidelines: guidelines ?? null, serverOffset: serverTime - this.wallClock() });
      },
      async (link) => {
        const phase = this.store.get().phase;
        if (phase === 'joining' || phase === 'joined' || phase === 'waiting') await this.joinOver(link);
      },
    );
  }

  /**
   * The one way into a space, shared by the first join, every reconnect and every move (see
   * spaceMoves.ts): a fresh link opens its transports, publishes our media (hidden until we enter),
   * then enters. A failure anywhere retries the whole step (see fail()).
   */
  private async goLive(open: (link: MediaLink) => Promise<void>, enter: (link: MediaLink) => Promise<void>): Promise<void> {
    this.clearRetry();
    this.teardown();
    const link = new MediaLink(this.deps.signalling, this.deps.loadDevice, (source) => this.showOff(source), this.device);
    this.link = link;
    try {
      await open(link);
      await this.localStarted;
      await this.publisher.publishAll(link);
      if (link.closed) return;
      this.linkReady = true;
      this.patch({ mediaReady: true });
      // Toggles made while we were producing are applied now.
      await Promise.all([this.publisher.sync('mic'), this.publisher.sync('camera')]);
      await enter(link);
      if (this.link === link) {
        this.retries.reset();
        this.patch({ connection: { type: 'connected' } });
      }
    } catch (error) {
      this.fail(error, link);
    }
  }

  /** After a failure: the move under way if there is one, else everything from the start. */
  private rebuild(): Promise<void> {
    return this.moves.pending ? this.moves.enter() : this.setup();
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
    await this.enter(link, result);
  }

  /** A join answer or `room:entered`: into the waiting room, or into the room with its media. */
  private async enter(link: MediaLink, result: JoinResult): Promise<void> {
    if (result.place === 'waiting') {
      this.patch({ phase: 'waiting', self: result.self, peers: {}, activeSpeaker: null, connection: { type: 'connected' } });
      return;
    }
    this.timings.joined ??= this.now();
    await enterRoom(this.entryHost(), link, result);
  }

  private fail(error: unknown, link: MediaLink | null): void {
    if (error instanceof LinkClosedError || !link || link !== this.link) return; // superseded by a newer setup
    this.teardown();
    const decision = this.retries.next(error);
    if (decision.type === 'give-up') {
      this.patch({ connection: { type: 'failed', message: describeError(error) } });
      return;
    }
    this.patch({ connection: { type: this.wasIn() ? 'reconnecting' : 'connecting' } });
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null;
      if (this.deps.signalling.connected) void this.rebuild();
    }, decision.delayMs);
  }

  /** Close the media link (local tracks stay) and forget remote media; people stay listed. */
  private teardown(): void {
    this.device = this.link?.device ?? this.device;
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

  private entryHost(): EntryHost {
    return { signalling: this.deps.signalling, get: () => this.store.get(), patch: (partial) => this.patch(partial) };
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
        if (this.link) void consumeProducer(this.entryHost(), this.link, producer);
      },
      closeConsumer: (id) => this.closeConsumer(id),
      forgetProducer: (id) => this.link?.forgetProducer(id),
      setActiveSpeaker: (activeSpeaker) => this.patch({ activeSpeaker }),
      setLevels: (levels) => this.levelStore.set(levels),
      ended: () => this.leaveWith('A facilitator removed you from this group, so you have left the session.'),
      mediaServerRestarted: () => {
        if (this.store.get().phase === 'left') return;
        this.patch({ connection: { type: this.wasIn() ? 'reconnecting' : 'connecting' } });
        void this.setup();
      },
      ownProducerPaused: (producerId) => {
        const source = this.link?.pauseLocally(producerId);
        if (source) this.showOff(source);
      },
    };
  }

  private liveHost(): LiveHost {
    return {
      active: () => this.store.get().phase !== 'left',
      controls: this.controls,
      prompt: () => this.store.get().prompt,
      views: this.views,
      setView: (session) => this.patch({ session }),
      entered: (result) => {
        const link = this.link;
        const phase = this.store.get().phase;
        // Without a ready link a reconnect is under way: its join answers with the room anyway.
        if (!link || !this.linkReady || (phase !== 'waiting' && phase !== 'joining')) return;
        void this.enter(link, result).catch((e: unknown) => this.fail(e, link));
      },
      leaveWith: (text) => this.leaveWith(text),
      backToWaiting: () => this.backToWaiting(),
      showOff: (source) => this.showOff(source),
      moved: (space, caps) => this.moves.moved(space, caps),
      named: (space, name) => this.moves.named(space, name),
    };
  }

  /** Our place here ended (declined, removed, replaced): camera and microphone off at once. */
  private leaveWith(notice: string): void {
    this.clearRetry();
    this.teardown();
    this.local.dispose();
    this.controls.clearRoom();
    this.views.leaveRoom();
    this.moves.forget();
    this.patch({ phase: 'left', notice });
  }

  /** A facilitator sent us back to the waiting room: others' media goes, ours stays ready. */
  private backToWaiting(): void {
    for (const { consumer } of this.link?.consumerEntries() ?? []) this.closeConsumer(consumer.id);
    this.viewport.clear();
    this.levelStore.set({});
    this.controls.clearRoom();
    this.views.leaveRoom();
    this.moves.forget();
    this.patch({ phase: 'waiting', peers: {}, activeSpeaker: null, session: this.views.view() });
  }

  /** Moved to another space of the room: what we saw in the old one goes (our media is rebuilt). */
  private leaveSpace(): void {
    this.controls.clearRoom();
    this.patch({ peers: {}, activeSpeaker: null, session: this.views.moveSpace() });
  }

  /** Show our own mic or camera as off, without asking the server (it paused it, or refused). */
  private showOff(source: MediaSource): void {
    if (source === 'mic') this.local.setMicOn(false);
    else void this.local.setCameraOn(false);
  }

  private wasIn(): boolean {
    const phase = this.store.get().phase;
    return phase === 'joined' || phase === 'waiting';
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
