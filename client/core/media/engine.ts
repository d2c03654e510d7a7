// The narrow view of mediasoup-client that RoomSession needs. The real implementation is in
// mediasoupEngine.ts; unit tests pass a stub, because neither Node nor happy-dom has WebRTC.
import type { ConsumerOptions, DataConsumerOptions, MediaSource, TransportOptions, WireDtlsParameters, WireRtpCapabilities, WireRtpParameters } from '../../../shared/protocol';

export interface ProduceRequest {
  kind: 'audio' | 'video';
  rtpParameters: WireRtpParameters;
  source: MediaSource;
  paused: boolean;
}

export interface SendTransportHooks {
  connect(dtlsParameters: WireDtlsParameters): Promise<void>;
  /** Tell the server about a new producer; resolves to the server's producer id. */
  produce(request: ProduceRequest): Promise<string>;
}

export interface RecvTransportHooks {
  connect(dtlsParameters: WireDtlsParameters): Promise<void>;
}

export interface LocalProducer {
  readonly id: string;
  readonly source: MediaSource;
  readonly paused: boolean;
  readonly track: MediaStreamTrack | null;
  pause(): void;
  resume(): void;
  replaceTrack(track: MediaStreamTrack | null): Promise<void>;
  close(): void;
}

/** The inbound-rtp figures e2e tests and diagnostics read. */
export interface InboundRtp {
  bytesReceived: number;
  packetsReceived: number;
  framesDecoded: number;
  frameWidth: number;
  frameHeight: number;
}

export interface RemoteConsumer {
  readonly id: string;
  readonly producerId: string;
  readonly kind: 'audio' | 'video';
  readonly track: MediaStreamTrack;
  inboundRtp(): Promise<InboundRtp | null>;
  close(): void;
}

export interface SendTransport {
  readonly id: string;
  produce(options: { track: MediaStreamTrack; source: MediaSource; paused: boolean }): Promise<LocalProducer>;
  close(): void;
}

export interface RecvTransport {
  readonly id: string;
  consume(options: ConsumerOptions): Promise<RemoteConsumer>;
  /** Mirror the server's warm-up data consumer: the transport connects now, not at the first consume. */
  warmUp(options: DataConsumerOptions): Promise<void>;
  close(): void;
}

/** One loaded mediasoup Device. A Device loads only once, so each (re)connection makes a new one. */
export interface MediaDevice {
  readonly recvRtpCapabilities: WireRtpCapabilities;
  createSendTransport(options: TransportOptions, hooks: SendTransportHooks): SendTransport;
  createRecvTransport(options: TransportOptions, hooks: RecvTransportHooks): RecvTransport;
}

export type LoadDevice = (routerRtpCapabilities: WireRtpCapabilities) => Promise<MediaDevice>;
