// WebRTC transports: a participant creates its send and receive transports while still on the
// prejoin screen, so media is connected by the time they press Join.
import type { DtlsParameters } from 'mediasoup/types';
import type { DataConsumerOptions, TransportOptions } from '../../../shared/protocol';
import type { Feature } from '../handler';
import { ownTransport } from './ownership';

export const transportFeature: Feature = {
  async 'transport:create'({ participant }, { direction }) {
    const { media } = participant.inRoom();
    const t = await media.createTransport(direction);
    const transport: TransportOptions = {
      id: t.id,
      iceParameters: t.iceParameters,
      iceCandidates: t.iceCandidates,
      dtlsParameters: t.dtlsParameters,
      ...(t.sctpParameters ? { sctpParameters: t.sctpParameters } : {}),
    };
    if (direction === 'send') return { transport };
    // The receive transport comes with its warm-up channel, so the client connects it before Join.
    const dc = await media.warmUp(t.id);
    const warmup: DataConsumerOptions = {
      id: dc.id,
      dataProducerId: dc.dataProducerId,
      sctpStreamParameters: dc.sctpStreamParameters ?? { streamId: 0 },
      label: dc.label,
      protocol: dc.protocol,
    };
    return { transport, warmup };
  },

  async 'transport:connect'(ctx, { transportId, dtlsParameters }) {
    const t = ownTransport(ctx, transportId);
    await t.connect({ dtlsParameters: dtlsParameters as DtlsParameters });
    return {};
  },

  async 'transport:restartIce'(ctx, { transportId }) {
    const iceParameters = await ownTransport(ctx, transportId).restartIce();
    return { iceParameters };
  },
};
