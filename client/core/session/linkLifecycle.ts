// Setup and recovery of a RoomSession's media link: prepare → transports → produce (hidden until
// join) → join again if we were in the room; the one way into a space (goLive), shared by the first
// join, every reconnect and every move (see spaceMoves.ts); retrying after a failure; and what the
// signalling channel's status means for the link. It owns the link and the Device; the session's
// state stays with RoomSession, reached through the host.
import type { JoinResult, MediaSource, ProducerView } from '../../../shared/protocol';
import { describeError, isTransient, RequestError } from '../errors';
import type { LoadDevice, MediaDevice } from '../media/engine';
import type { ChannelStatus } from '../signalling';
import { consumeProducer, enterRoom, type EntryHost } from './entry';
import { LinkClosedError, MediaLink } from './mediaLink';
import type { Publisher } from './publisher';
import { RetryPolicy } from './retryPolicy';
import type { SpaceMoves } from './spaceMoves';
import type { Timings } from './types';
import type { Timers } from './viewport';

/** What setup and recovery need of the RoomSession (its signalling, state and helpers). */
export interface LifecycleHost extends EntryHost {
  readonly roomId: string;
  readonly loadDevice: LoadDevice;
  readonly timers: Timers;
  readonly publisher: Publisher;
  readonly moves: SpaceMoves;
  /** LocalMedia has started (or failed to): our media is published after it. Never rejects. */
  readonly localStarted: Promise<void>;
  wallClock(): number;
  /** `joined` is set on first entering the room proper (not the waiting room). */
  readonly timings: Timings;
  now(): number;
  /** Show our own mic or camera as off (the server paused it). */
  showOff(source: MediaSource): void;
  /** The link went: forget remote media (people stay listed). */
  dropMedia(): void;
}

export class LinkLifecycle {
  private current: MediaLink | null = null;
  private ready = false;
  private readonly retries = new RetryPolicy();
  private retryTimer: unknown = null;
  /** The Device this connection loaded: every space of the room reuses it (a Device loads once). */
  private device: MediaDevice | null = null;

  constructor(private readonly host: LifecycleHost) {}

  /** The link of the attempt under way, ready or not; null between attempts. */
  get link(): MediaLink | null {
    return this.current;
  }

  /** The link only once it is fully set up (transports open, our media published). */
  get readyLink(): MediaLink | null {
    return this.ready ? this.current : null;
  }

  /** prepare → transports → produce (hidden until join) → join again if we were in the room. */
  async setup(): Promise<void> {
    // A new connection (or media server) starts in the main room with a new Device: the server decides.
    this.host.moves.forget();
    this.teardown();
    this.device = null;
    await this.goLive(
      async (link) => {
        const { you, roomTitle, guidelines, serverTime } = await link.open(this.host.roomId);
        this.host.patch({ you, roomTitle, guidelines: guidelines ?? null, serverOffset: serverTime - this.host.wallClock() });
      },
      async (link) => {
        const phase = this.host.get().phase;
        if (phase === 'joining' || phase === 'joined' || phase === 'waiting') await this.joinOver(link);
      },
    );
  }

  /**
   * The one way into a space, shared by the first join, every reconnect and every move (see
   * spaceMoves.ts): a fresh link opens its transports, publishes our media (hidden until we enter),
   * then enters. A failure anywhere retries the whole step (see fail()).
   */
  async goLive(open: (link: MediaLink) => Promise<void>, enter: (link: MediaLink) => Promise<void>): Promise<void> {
    this.clearRetry();
    this.teardown();
    const link = new MediaLink(this.host.signalling, this.host.loadDevice, (source) => this.host.showOff(source), this.device);
    this.current = link;
    try {
      await open(link);
      await this.host.localStarted;
      await this.host.publisher.publishAll(link);
      if (link.closed) return;
      this.ready = true;
      this.host.patch({ mediaReady: true });
      // Toggles made while we were producing are applied now.
      await Promise.all([this.host.publisher.sync('mic'), this.host.publisher.sync('camera')]);
      await enter(link);
      if (this.current === link) {
        this.retries.reset();
        this.host.patch({ connection: { type: 'connected' } });
      }
    } catch (error) {
      this.fail(error, link);
    }
  }

  /** Join was clicked: join over the ready link now; if setup is still running it joins when it gets there. */
  join(): void {
    const link = this.current;
    if (link && this.ready) void this.joinOver(link).catch((e) => this.fail(e, link));
  }

  /** `room:entered` (admitted from the waiting room): into the room over the ready link. */
  entered(result: JoinResult): void {
    const link = this.current;
    const phase = this.host.get().phase;
    // Without a ready link a reconnect is under way: its join answers with the room anyway.
    if (!link || !this.ready || (phase !== 'waiting' && phase !== 'joining')) return;
    void this.enter(link, result).catch((e: unknown) => this.fail(e, link));
  }

  /** A join answer or `room:entered`: into the waiting room, or into the room with its media. */
  async enter(link: MediaLink, result: JoinResult): Promise<void> {
    if (result.place === 'waiting') {
      this.host.patch({ phase: 'waiting', self: result.self, peers: {}, activeSpeaker: null, connection: { type: 'connected' } });
      return;
    }
    this.host.timings.joined ??= this.host.now();
    await enterRoom(this.host, link, result);
  }

  /** A producer appeared in our space: receive it over the current link. */
  consume(producer: ProducerView): void {
    if (this.current) void consumeProducer(this.host, this.current, producer);
  }

  /** After "failed": try again from the start, keeping local tracks and the joined intent. */
  retry(): void {
    this.retries.reset();
    this.host.patch({ connection: { type: 'connecting' } });
    if (this.host.signalling.connected) void this.rebuild();
    else this.host.signalling.connect();
  }

  /** The media server restarted: everything from the start on the same connection. */
  mediaServerRestarted(): void {
    if (this.host.get().phase === 'left') return;
    this.host.patch({ connection: { type: this.wasIn() ? 'reconnecting' : 'connecting' } });
    void this.setup();
  }

  onStatus(status: ChannelStatus, message?: string): void {
    if (this.host.get().phase === 'left') return;
    if (status === 'refused') {
      this.teardown();
      this.host.patch({ connection: { type: 'refused', message: message ?? 'You cannot join this session.' } });
      return;
    }
    if (status === 'connected') {
      this.retries.reset();
      void this.setup();
    } else if (status === 'lost') {
      this.teardown();
      this.host.patch({ connection: { type: 'reconnecting' } });
    } else {
      this.teardown();
      this.host.patch({ connection: { type: 'failed', message: 'We could not reach the server.' } });
    }
  }

  fail(error: unknown, link: MediaLink | null): void {
    if (error instanceof LinkClosedError || !link || link !== this.current) return; // superseded by a newer setup
    this.teardown();
    const decision = this.retries.next(error);
    if (decision.type === 'give-up') {
      this.host.patch({ connection: { type: 'failed', message: describeError(error) } });
      return;
    }
    this.host.patch({ connection: { type: this.wasIn() ? 'reconnecting' : 'connecting' } });
    this.retryTimer = this.host.timers.setTimeout(() => {
      this.retryTimer = null;
      if (this.host.signalling.connected) void this.rebuild();
    }, decision.delayMs);
  }

  /** Close the media link (local tracks stay) and forget remote media; people stay listed. */
  teardown(): void {
    this.device = this.current?.device ?? this.device;
    this.current?.close();
    this.current = null;
    this.ready = false;
    this.host.dropMedia();
  }

  clearRetry(): void {
    if (this.retryTimer !== null) this.host.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** After a failure: the move under way if there is one, else everything from the start. */
  private rebuild(): Promise<void> {
    return this.host.moves.pending ? this.host.moves.enter() : this.setup();
  }

  private async joinOver(link: MediaLink): Promise<void> {
    // Stale people from before a reconnect go now; events racing ahead of the ack land in {}.
    this.host.patch({ peers: {} });
    let result;
    try {
      result = await this.host.signalling.request('room:join', {
        rtpCapabilities: link.recvRtpCapabilities,
        recvTransportId: link.recvTransportId,
      });
    } catch (error) {
      // A refused join (e.g. the server disliked the name) goes back to the prejoin screen to fix it.
      if (error instanceof RequestError && !isTransient(error) && error.code !== 'internal' && link === this.current) {
        this.host.patch({ phase: 'prejoin', notice: describeError(error), connection: { type: 'connected' } });
        return;
      }
      throw error;
    }
    this.host.timings.joinAnswered ??= this.host.now();
    if (link.closed) return;
    await this.enter(link, result);
  }

  private wasIn(): boolean {
    const phase = this.host.get().phase;
    return phase === 'joined' || phase === 'waiting';
  }
}
