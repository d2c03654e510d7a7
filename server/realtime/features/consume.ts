// Creating a consumer for a participant, shared by consumer:create and by entering the room (which
// consumes everything visible at once, saving a round trip per stream when joining).
import type { Consumer } from 'mediasoup/types';
import type { ConsumerOptions } from '../../../shared/protocol';
import type { ConsumerData } from '../../sfu/mediaPeer';
import { conflict, notAuthorized, notFound } from '../errors';
import type { HandlerContext } from '../handler';
import type { LiveRoom } from '../liveRoom';
import type { Participant } from '../participant';

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

/** Only producers of participants visible in the same room can be received, and only by a visible participant. */
export async function consumeFrom(room: LiveRoom, participant: Participant, transportId: string, producerId: string): Promise<ConsumerOptions> {
  const { media, joined } = participant.inRoomJoined();
  if (media.hasProducer(producerId)) throw conflict('you cannot receive your own media');
  // Only in the same space: a breakout's media never reaches anyone outside it.
  const owner = room.joined(participant.space).find((p) => p.media?.hasProducer(producerId));
  if (!owner?.media) throw notFound('producer');
  const consumer = await media.consume(transportId, owner.media.producer(producerId), joined.rtpCapabilities);
  return consumerOptions(consumer);
}

export async function consumeFor(ctx: HandlerContext, transportId: string, producerId: string): Promise<ConsumerOptions> {
  const { room } = ctx.participant.inRoomJoined();
  const owner = ctx.rooms.findOwner((m) => m.hasProducer(producerId));
  if (owner && owner.room !== room) throw notAuthorized('that media belongs to another room');
  return consumeFrom(room, ctx.participant, transportId, producerId);
}
