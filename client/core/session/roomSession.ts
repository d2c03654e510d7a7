// The life of one member in one room: prepare media on the prejoin screen, join (perhaps via the
// waiting room), follow the room's events, toggle mic/camera, move between the room's spaces
// (breakouts) and rebuild after a dropped connection or a media-server restart (linkLifecycle.ts).
// UI code only reads `state` and calls the actions here.
import type { ClientPayload, MediaSource, Reaction, SessionEventName } from '../../../shared/protocol';
import { describeError } from '../errors';
import type { LoadDevice } from '../media/engine';
import { createLevelMeter } from '../media/levelMeter';
import type { DeviceKind, LocalMedia } from '../media/localMedia';
import type { Prefs } from '../prefs';
import type { Signalling } from '../signalling';
import { createStore, type ReadableStore } from '../store';
import { SessionControls, sentence, type Quiet } from './controls';
import { LinkLifecycle } from './linkLifecycle';
import { initialState } from './initialState';
import { createServerClock } from './serverClock';
import { Publisher } from './publisher';
import * as P from './peers';
import { bindServerEvents } from './serverEvents';
import { bindSessionEvents } from './sessionEvents';
import { serverEventTarget, sessionLiveHost, type SessionParts } from './sessionHosts';
import { SpaceMoves } from './spaceMoves';
import { ViewParts } from './viewParts';
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
  /** Camera and mic start once this resolves (the server let us in; see mediaGate.ts). Default: at once. */
  mediaAfter?: Promise<void>;
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
  private readonly publisher: Publisher;
  private readonly controls: SessionControls;
  private readonly views = new ViewParts();
  private readonly wallClock: () => number;
  private readonly moves: SpaceMoves;
  /** Setup and recovery: owns the media link (and the Device every space of the room reuses). */
  private readonly lifecycle: LinkLifecycle;

  constructor(
    readonly roomId: string,
    private readonly deps: SessionDeps,
  ) {
    this.now = deps.now ?? (() => performance.now());
    this.timers = deps.timers ?? realTimers;
    this.wallClock = deps.wallClock ?? (() => Date.now());
    this.store = createStore<SessionState>(initialState(roomId));
    this.serverClock = createServerClock(() => this.serverNow(), this.timers);
    this.moves = new SpaceMoves({
      signalling: deps.signalling,
      views: this.views,
      get: () => this.store.get(),
      patch: (partial) => this.patch(partial),
      leaveSpace: () => this.leaveSpace(),
      goLive: (open, enter) => this.lifecycle.goLive(open, enter),
      enter: (link, result) => this.lifecycle.enter(link, result),
      isCurrent: (link) => this.lifecycle.link === link,
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
      readyLink: () => this.lifecycle.readyLink,
      onError: (error, link) => this.lifecycle.fail(error, link),
      onRefused: (source, error) => {
        this.showOff(source);
        this.controls.toast(sentence(describeError(error)));
      },
      savePrefs: deps.savePrefs,
    });
    this.lifecycle = new LinkLifecycle({
      roomId,
      signalling: deps.signalling,
      loadDevice: deps.loadDevice,
      timers: this.timers,
      publisher: this.publisher,
      moves: this.moves,
      localStarted: (deps.mediaAfter ?? Promise.resolve()).then(() => deps.local.start()).catch(() => undefined),
      wallClock: this.wallClock,
      get: () => this.store.get(),
      patch: (partial) => this.patch(partial),
      timings: this.timings,
      now: this.now,
      showOff: (source) => this.showOff(source),
      dropMedia: () => this.dropMedia(),
    });
    const parts: SessionParts = {
      lifecycle: this.lifecycle,
      controls: this.controls,
      views: this.views,
      moves: this.moves,
      get: () => this.store.get(),
      patch: (partial) => this.patch(partial),
      setLevels: (levels) => this.levelStore.set(levels),
      closeConsumer: (id) => this.closeConsumer(id),
      leaveWith: (notice) => this.leaveWith(notice),
      backToWaiting: () => this.backToWaiting(),
      showOff: (source) => this.showOff(source),
    };
    this.off.push(deps.signalling.onStatus((status, message) => this.lifecycle.onStatus(status, message)));
    this.off.push(...bindServerEvents(deps.signalling, serverEventTarget(parts)));
    this.off.push(...bindSessionEvents(deps.signalling, sessionLiveHost(parts)));
    if (deps.signalling.connected) void this.lifecycle.setup();
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
    this.lifecycle.join();
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
    this.lifecycle.retry();
  }

  markFirstRemoteFrame(): void {
    this.timings.firstRemoteFrame ??= this.now();
  }

  /** inbound-rtp figures of every consumer, for e2e tests and diagnostics. */
  async inboundStats(): Promise<InboundStat[]> {
    return this.lifecycle.link?.inboundStats() ?? [];
  }

  dispose(): void {
    this.lifecycle.clearRetry();
    this.off.splice(0).forEach((f) => f());
    this.controls.dispose();
    this.lifecycle.teardown();
    this.local.dispose();
    this.deps.signalling.close();
  }

  // --- what the room's events do to the session ------------------------------------------

  /** Our place here ended (declined, removed, replaced): camera and microphone off at once. */
  private leaveWith(notice: string): void {
    this.lifecycle.clearRetry();
    this.lifecycle.teardown();
    this.local.dispose();
    this.controls.clearRoom();
    this.views.leaveRoom();
    this.moves.forget();
    this.patch({ phase: 'left', notice });
  }

  /** A facilitator sent us back to the waiting room: others' media goes, ours stays ready. */
  private backToWaiting(): void {
    for (const { consumer } of this.lifecycle.link?.consumerEntries() ?? []) this.closeConsumer(consumer.id);
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

  /** The media link went (see LinkLifecycle.teardown): remote media goes, people stay listed. */
  private dropMedia(): void {
    this.viewport.clear();
    const s = this.store.get();
    this.store.set({ ...s, mediaReady: false, peers: P.stripMedia(s.peers), activeSpeaker: null });
    this.levelStore.set({});
  }

  private closeConsumer(consumerId: string): void {
    this.viewport.forget(consumerId);
    this.lifecycle.link?.closeConsumer(consumerId);
  }

  private patch(partial: Partial<SessionState>): void {
    const s = this.store.get();
    if (Object.entries(partial).every(([k, v]) => s[k as keyof SessionState] === v)) return;
    this.store.set({ ...s, ...partial });
  }
}
