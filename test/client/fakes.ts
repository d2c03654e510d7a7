// Test doubles for the client core: a scriptable signalling channel, a stubbed media layer in
// place of mediasoup-client, and fake tracks/devices. Real media is proven only in Chromium e2e.
import { SESSION_EVENTS, type ClientResults, type ConsumerOptions, type ServerToClientEvents, type TransportOptions } from '../../shared/protocol';
import { RequestError } from '../../client/core/errors';
import type {
  InboundRtp,
  LoadDevice,
  LocalProducer,
  MediaDevice,
  RecvTransportHooks,
  RemoteConsumer,
  SendTransportHooks,
} from '../../client/core/media/engine';
import type { MediaDevicesLike } from '../../client/core/media/localMedia';
import type { ChannelStatus, RequestName, Signalling } from '../../client/core/signalling';

let nextId = 1;
const uid = (prefix: string): string => `${prefix}-${nextId++}`;

export interface FakeTrack {
  id: string;
  kind: 'audio' | 'video';
  enabled: boolean;
  readyState: 'live' | 'ended';
  stop(): void;
  getSettings(): { deviceId: string };
}

export function fakeTrack(kind: 'audio' | 'video', deviceId = `${kind}-default`): MediaStreamTrack {
  const track: FakeTrack = {
    id: uid(`track-${kind}`),
    kind,
    enabled: true,
    readyState: 'live',
    stop() {
      this.readyState = 'ended';
    },
    getSettings: () => ({ deviceId }),
  };
  return track as unknown as MediaStreamTrack;
}

export function fakeStream(tracks: MediaStreamTrack[]): MediaStream {
  return {
    getAudioTracks: () => tracks.filter((t) => t.kind === 'audio'),
    getVideoTracks: () => tracks.filter((t) => t.kind === 'video'),
    getTracks: () => tracks,
  } as unknown as MediaStream;
}

/** getUserMedia that succeeds (or fails with `error` for the listed kinds). */
export class FakeMediaDevices implements MediaDevicesLike {
  calls: MediaStreamConstraints[] = [];
  fail: Partial<Record<'audio' | 'video', string>> = {};
  /** Device ids that are unplugged: asking for them exactly fails with OverconstrainedError. */
  missing = new Set<string>();
  devices: MediaDeviceInfo[] = [
    { kind: 'audioinput', deviceId: 'mic-1', label: 'Desk mic', groupId: 'g' } as MediaDeviceInfo,
    { kind: 'videoinput', deviceId: 'cam-1', label: 'Front camera', groupId: 'g' } as MediaDeviceInfo,
    { kind: 'videoinput', deviceId: 'cam-2', label: '', groupId: 'g' } as MediaDeviceInfo,
  ];

  async getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
    this.calls.push(constraints);
    for (const kind of ['audio', 'video'] as const) {
      const name = this.fail[kind];
      if (constraints[kind] && name) throw Object.assign(new Error(name), { name });
    }
    const tracks: MediaStreamTrack[] = [];
    const id = (c: boolean | MediaTrackConstraints | undefined): string | undefined => {
      const d = typeof c === 'object' ? c.deviceId : undefined;
      return typeof d === 'object' && d !== null && 'exact' in d ? String(d.exact) : undefined;
    };
    for (const c of [constraints.audio, constraints.video]) {
      const wanted = id(c);
      if (wanted && this.missing.has(wanted)) throw Object.assign(new Error('gone'), { name: 'OverconstrainedError' });
    }
    if (constraints.audio) tracks.push(fakeTrack('audio', id(constraints.audio) ?? 'mic-1'));
    if (constraints.video) tracks.push(fakeTrack('video', id(constraints.video) ?? 'cam-1'));
    return fakeStream(tracks);
  }

  async enumerateDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices;
  }
}

type Responder<E extends RequestName> = (payload: never) => ClientResults[E] | Promise<ClientResults[E]>;

const transportInfo = (): TransportOptions => ({
  id: uid('transport'),
  iceParameters: { usernameFragment: 'u', password: 'p' },
  iceCandidates: [],
  dtlsParameters: { fingerprints: [{ algorithm: 'sha-256', value: 'AB' }] },
});

/** A signalling channel whose server side is a table of responders the test can replace. */
export class FakeSignalling implements Signalling {
  connected = false;
  autoConnect = true;
  closed = false;
  readonly calls: Array<{ event: RequestName; payload: unknown }> = [];
  private readonly listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  private readonly statusListeners = new Set<(s: ChannelStatus, message?: string) => void>();
  readonly responders: { [E in RequestName]?: Responder<E> } = {
    'room:prepare': () => ({ routerRtpCapabilities: { codecs: [] }, you: { displayName: 'Robin', role: 'member' }, roomTitle: 'Tuesday circle', guidelines: null, serverTime: 1 }),
    'transport:create': () => ({ transport: transportInfo() }),
    'transport:connect': () => ({}),
    'producer:create': () => ({ producerId: uid('producer'), paused: false }),
    'producer:pause': () => ({}),
    'producer:resume': () => ({}),
    'producer:close': () => ({}),
    'room:join': () => ({
      place: 'room' as const,
      self: { peerId: 'me', displayName: 'Robin', role: 'member', joinedAt: 10 },
      peers: [],
      producers: [],
      consumers: [],
    }),
    'room:leave': () => ({}),
    'consumer:create': (p: { producerId: string }) => ({ consumer: this.consumerFor(p.producerId) }),
    'consumer:resume': () => ({}),
    'consumer:viewport': () => ({}),
    'peer:audioOnly': () => ({}),
  };
  /** producerId → the peer and kind that own it, for consumer:create answers. */
  readonly producerOwners = new Map<string, { peerId: string; kind: 'audio' | 'video' }>();

  constructor() {
    // Session controls, chat and reactions are accepted by default; tests replace one to refuse it.
    const table = this.responders as Record<string, Responder<RequestName>>;
    for (const event of SESSION_EVENTS) table[event] = () => ({}) as never;
    table['chat:send'] = () => ({ messageId: uid('message') }) as never;
    table['chat:delete'] = () => ({}) as never;
    table['reaction:send'] = () => ({}) as never;
  }

  async request<E extends RequestName>(event: E, payload: never): Promise<ClientResults[E]> {
    this.calls.push({ event, payload });
    if (!this.connected) throw new RequestError(event, 'disconnected', 'not connected');
    const responder = this.responders[event] as Responder<E> | undefined;
    if (!responder) throw new RequestError(event, 'unknown_event', 'no responder');
    await Promise.resolve();
    return responder(payload);
  }

  on<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(handler as (...args: unknown[]) => void);
    this.listeners.set(event, set);
    return () => set.delete(handler as (...args: unknown[]) => void);
  }

  onStatus(listener: (s: ChannelStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  connect(): void {
    if (!this.autoConnect) return;
    queueMicrotask(() => this.setStatus('connected'));
  }

  close(): void {
    this.closed = true;
    this.connected = false;
  }

  /** Server → client event. */
  emit<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }

  setStatus(status: ChannelStatus, message?: string): void {
    this.connected = status === 'connected';
    for (const l of this.statusListeners) l(status, message);
  }

  count(event: RequestName): number {
    return this.calls.filter((c) => c.event === event).length;
  }

  payloads(event: RequestName): unknown[] {
    return this.calls.filter((c) => c.event === event).map((c) => c.payload);
  }

  consumerFor(producerId: string): ConsumerOptions {
    const owner = this.producerOwners.get(producerId) ?? { peerId: 'someone', kind: 'video' as const };
    return {
      id: uid('consumer'),
      producerId,
      peerId: owner.peerId,
      kind: owner.kind,
      rtpParameters: { codecs: [{ mimeType: 'video/VP8', payloadType: 96, clockRate: 90000 }] },
      type: owner.kind === 'video' ? 'simulcast' : 'simple',
      producerPaused: false,
    };
  }
}

export class StubProducer implements LocalProducer {
  paused: boolean;
  closed = false;
  constructor(
    readonly id: string,
    readonly source: 'mic' | 'camera',
    public track: MediaStreamTrack | null,
    paused: boolean,
  ) {
    this.paused = paused;
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  async replaceTrack(track: MediaStreamTrack | null): Promise<void> {
    this.track = track;
  }
  close(): void {
    this.closed = true;
  }
}

export class StubConsumer implements RemoteConsumer {
  closed = false;
  readonly track: MediaStreamTrack;
  constructor(
    readonly id: string,
    readonly producerId: string,
    readonly kind: 'audio' | 'video',
  ) {
    this.track = fakeTrack(kind);
  }
  async inboundRtp(): Promise<InboundRtp | null> {
    return { bytesReceived: 1000, packetsReceived: 10, framesDecoded: this.kind === 'video' ? 5 : 0, frameWidth: 320, frameHeight: 180 };
  }
  close(): void {
    this.closed = true;
  }
}

/** The stubbed mediasoup layer; records everything it made so tests can inspect it. */
export class StubMedia {
  devicesLoaded = 0;
  readonly producers: StubProducer[] = [];
  readonly consumers: StubConsumer[] = [];
  readonly transportsClosed: string[] = [];

  readonly loadDevice: LoadDevice = async () => {
    this.devicesLoaded += 1;
    return this.device();
  };

  liveProducer(source: 'mic' | 'camera'): StubProducer | undefined {
    return this.producers.filter((p) => p.source === source && !p.closed).at(-1);
  }

  private device(): MediaDevice {
    return {
      recvRtpCapabilities: { codecs: [{ kind: 'audio', mimeType: 'audio/opus', clockRate: 48000 }] },
      createSendTransport: (options: TransportOptions, hooks: SendTransportHooks) => {
        let connected: Promise<void> | null = null;
        return {
          id: options.id,
          produce: async ({ track, source, paused }) => {
            // mediasoup-client connects the transport on first use, then emits 'produce'.
            connected ??= hooks.connect(options.dtlsParameters);
            await connected;
            const kind = source === 'mic' ? 'audio' : 'video';
            const id = await hooks.produce({ kind, rtpParameters: { codecs: [] }, source, paused });
            const producer = new StubProducer(id, source, track, paused);
            this.producers.push(producer);
            return producer;
          },
          close: () => this.transportsClosed.push(options.id),
        };
      },
      createRecvTransport: (options: TransportOptions, hooks: RecvTransportHooks) => {
        let connected: Promise<void> | null = null;
        return {
          id: options.id,
          consume: async (info: ConsumerOptions) => {
            connected ??= hooks.connect(options.dtlsParameters);
            await connected;
            const consumer = new StubConsumer(info.id, info.producerId, info.kind);
            this.consumers.push(consumer);
            return consumer;
          },
          warmUp: async () => {
            connected ??= hooks.connect(options.dtlsParameters);
            await connected;
          },
          close: () => this.transportsClosed.push(options.id),
        };
      },
    };
  }
}

/** Let every pending promise and microtask settle. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise<void>((r) => setTimeout(r, 0));
}

/** Manual timers for debounce and retry tests. */
export class ManualTimers {
  private now = 0;
  private readonly queue: Array<{ at: number; fn: () => void; handle: number }> = [];
  private next = 1;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const handle = this.next++;
    this.queue.push({ at: this.now + ms, fn, handle });
    return handle;
  };
  clearTimeout = (handle: unknown): void => {
    const i = this.queue.findIndex((t) => t.handle === handle);
    if (i >= 0) this.queue.splice(i, 1);
  };
  advance(ms: number): void {
    this.now += ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const first = this.queue[0];
      if (!first || first.at > this.now) break;
      this.queue.shift();
      first.fn();
    }
  }
  get pending(): number {
    return this.queue.length;
  }
}
