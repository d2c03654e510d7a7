// The real media layer: mediasoup-client behind the MediaDevice interface.
import { Device, type types } from 'mediasoup-client';
import type { ConsumerOptions, DataConsumerOptions, TransportOptions, WireDtlsParameters } from '../../../shared/protocol';
import type { InboundRtp, LoadDevice, LocalProducer, MediaDevice, RecvTransport, RemoteConsumer, SendTransport } from './engine';
import { CAMERA_SIMULCAST, PREFERRED_VIDEO_CODEC } from './encodings';

// The wire types are zod shapes of the same objects; mediasoup checks their semantics.
const asMs = <T>(value: unknown): T => value as T;

function wrapProducer(producer: types.Producer, source: 'mic' | 'camera'): LocalProducer {
  return {
    id: producer.id,
    source,
    get paused() {
      return producer.paused;
    },
    get track() {
      return producer.track;
    },
    pause: () => producer.pause(),
    resume: () => producer.resume(),
    replaceTrack: (track) => producer.replaceTrack({ track }),
    close: () => producer.close(),
  };
}

function num(stats: Record<string, unknown>, key: string): number {
  const v = stats[key];
  return typeof v === 'number' ? v : 0;
}

function wrapConsumer(consumer: types.Consumer): RemoteConsumer {
  return {
    id: consumer.id,
    producerId: consumer.producerId,
    kind: consumer.kind,
    track: consumer.track,
    async inboundRtp(): Promise<InboundRtp | null> {
      if (consumer.closed) return null;
      const report = await consumer.getStats();
      for (const s of report.values() as IterableIterator<Record<string, unknown>>) {
        if (s['type'] !== 'inbound-rtp') continue;
        return {
          bytesReceived: num(s, 'bytesReceived'),
          packetsReceived: num(s, 'packetsReceived'),
          framesDecoded: num(s, 'framesDecoded'),
          frameWidth: num(s, 'frameWidth'),
          frameHeight: num(s, 'frameHeight'),
        };
      }
      return null;
    },
    close: () => consumer.close(),
  };
}

function wireConnect(transport: types.Transport, connect: (dtls: WireDtlsParameters) => Promise<void>): void {
  transport.on('connect', ({ dtlsParameters }, callback, errback) => {
    connect(asMs<WireDtlsParameters>(dtlsParameters)).then(callback, errback);
  });
}

class MediasoupDevice implements MediaDevice {
  constructor(private readonly device: Device) {}

  get recvRtpCapabilities() {
    return asMs<MediaDevice['recvRtpCapabilities']>(this.device.recvRtpCapabilities);
  }

  createSendTransport(options: TransportOptions, hooks: Parameters<MediaDevice['createSendTransport']>[1]): SendTransport {
    const transport = this.device.createSendTransport(asMs<types.TransportOptions>(options));
    wireConnect(transport, hooks.connect);
    transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
      const source = appData['source'] === 'camera' ? 'camera' : 'mic';
      hooks
        .produce({ kind, rtpParameters: asMs(rtpParameters), source, paused: appData['paused'] === true })
        .then((id) => callback({ id }), errback);
    });
    const videoCodec = this.device.sendRtpCapabilities.codecs?.find((c) => c.mimeType.toLowerCase() === PREFERRED_VIDEO_CODEC);
    return {
      id: transport.id,
      produce: async ({ track, source, paused }) => {
        const video = source === 'camera';
        const producer = await transport.produce({
          track,
          // We own the tracks (they outlive producers across reconnects), so mediasoup must not stop them.
          stopTracks: false,
          // Default disableTrackOnPause: a paused mic track is disabled, so the level meter honestly
          // shows that nobody hears you.
          appData: { source, paused },
          ...(video ? { encodings: CAMERA_SIMULCAST.map((l) => ({ ...l })), ...(videoCodec ? { codec: videoCodec } : {}) } : {}),
          ...(video ? {} : { codecOptions: { opusDtx: true, opusFec: true } }),
        });
        if (paused) producer.pause();
        return wrapProducer(producer, source);
      },
      close: () => transport.close(),
    };
  }

  createRecvTransport(options: TransportOptions, hooks: Parameters<MediaDevice['createRecvTransport']>[1]): RecvTransport {
    const transport = this.device.createRecvTransport(asMs<types.TransportOptions>(options));
    wireConnect(transport, hooks.connect);
    return {
      id: transport.id,
      consume: async (info: ConsumerOptions) =>
        wrapConsumer(
          await transport.consume({
            id: info.id,
            producerId: info.producerId,
            kind: info.kind,
            rtpParameters: asMs<types.RtpParameters>(info.rtpParameters),
            // One stream id per peer for mic and camera lets the browser keep lips and voice in sync.
            streamId: `${info.peerId}-media`,
          }),
        ),
      warmUp: async (info: DataConsumerOptions) => {
        // The data consumer closes with the transport; nothing is ever sent on it.
        await transport.consumeData({ ...info, sctpStreamParameters: asMs<types.SctpStreamParameters>(info.sctpStreamParameters) });
      },
      close: () => transport.close(),
    };
  }
}

export const loadMediasoupDevice: LoadDevice = async (routerRtpCapabilities) => {
  const device = await Device.factory();
  await device.load({ routerRtpCapabilities: asMs<types.RtpCapabilities>(routerRtpCapabilities) });
  return new MediasoupDevice(device);
};
