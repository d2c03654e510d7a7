// Creating a consumer for a participant, shared by consumer:create and by room:join (which
// consumes everything visible at once, saving a round trip per stream when joining).
import type { Consumer } from 'mediasoup/types';
import type { ConsumerOptions } from '../../../shared/protocol';
import type { ConsumerData } from '../../sfu/mediaPeer';
import { conflict, notAuthorized, notFound } from '../errors';
import type { HandlerContext } from '../handler';

export function consumerOptions(c: Consumer<ConsumerData>): ConsumerOptions {
  return {
    id: c.id,
    producerId: c.producerId,
    peerId: c.appData.peerId,
    kind: c.kind,
    rtpParameters: c.rtpParameters,
    type: c.type,
    producerPaused: c.producerPaused,
  };
}

export async function consumeFor(ctx: HandlerContext, transportId: string, producerId: string): Promise<ConsumerOptions> {
  const { room, media, joined } = ctx.participant.inRoomJoined();
  if (media.hasProducer(producerId)) throw conflict('you cannot receive your own media');
  const owner = room.joined().find((p) => p.media?.hasProducer(producerId));
  if (!owner?.media) {
    if (ctx.rooms.findOwner((m) => m.hasProducer(producerId))) throw notAuthorized('that media belongs to another room');
    throw notFound('producer');
  }
  const consumer = await media.consume(transportId, owner.media.producer(producerId), joined.rtpCapabilities);
  return consumerOptions(consumer);
}
