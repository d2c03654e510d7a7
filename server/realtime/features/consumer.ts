// Receiving media: consumers of other participants' producers in the same room, created paused
// and resumed when the client is ready; tile sizes steer simulcast layers; audio-only mode stops
// every incoming video consumer on the server.
import type { Consumer } from 'mediasoup/types';
import type { ConsumerData } from '../../sfu/mediaPeer';
import type { Feature } from '../handler';
import type { Participant } from '../participant';
import { consumeFor } from './consume';
import { ownConsumer } from './ownership';
import { entryConsumerResumed } from '../session/reveal';

/** Media flows only when the client wants it and audio-only mode does not hold it back.
 *  Returns the new state when it changed, so callers can tell the client about changes it did not ask for. */
async function applyFlow(participant: Participant, consumer: Consumer<ConsumerData>): Promise<'paused' | 'resumed' | null> {
  const flow = consumer.appData.wanted && !(participant.audioOnly && consumer.kind === 'video');
  if (flow === !consumer.paused || consumer.closed) return null;
  if (flow) await consumer.resume();
  else await consumer.pause();
  return flow ? 'resumed' : 'paused';
}

export const consumerFeature: Feature = {
  async 'consumer:create'(ctx, { transportId, producerId }) {
    return { consumer: await consumeFor(ctx, transportId, producerId) };
  },

  async 'consumer:resume'(ctx, { consumerId }) {
    const consumer = ownConsumer(ctx, consumerId);
    consumer.appData.wanted = true;
    await applyFlow(ctx.participant, consumer);
    const { room } = ctx.participant.inRoom();
    entryConsumerResumed(room, ctx.participant, consumerId);
    return {};
  },

  async 'consumer:viewport'(ctx, { consumerId, width, height }) {
    ownConsumer(ctx, consumerId);
    await ctx.participant.inRoom().media.setViewport(consumerId, width, height);
    return {};
  },

  async 'peer:audioOnly'({ participant }, { enabled }) {
    const { media } = participant.inRoom();
    participant.audioOnly = enabled;
    await Promise.all(
      media.listConsumers().map(async (c) => {
        const changed = await applyFlow(participant, c);
        if (changed) participant.notify(`consumer:${changed}`, { consumerId: c.id });
      }),
    );
    return {};
  },
};
