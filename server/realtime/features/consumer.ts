// Receiving media: consumers of other participants' producers in the same room, created paused
// and resumed when the client is ready; tile sizes steer simulcast layers; audio-only mode stops
// every incoming video consumer on the server.
import type { Consumer } from 'mediasoup/types';
import type { ConsumerData } from '../../sfu/mediaPeer';
import type { Feature } from '../handler';
import type { Participant } from '../participant';
import { consumeFor } from './consume';
import { ownConsumer } from './ownership';

/** Media flows only when the client wants it and audio-only mode does not hold it back. */
async function applyFlow(participant: Participant, consumer: Consumer<ConsumerData>): Promise<void> {
  const flow = consumer.appData.wanted && !(participant.audioOnly && consumer.kind === 'video');
  if (flow === !consumer.paused || consumer.closed) return;
  if (flow) await consumer.resume();
  else await consumer.pause();
  participant.notify(flow ? 'consumer:resumed' : 'consumer:paused', { consumerId: consumer.id });
}

export const consumerFeature: Feature = {
  async 'consumer:create'(ctx, { transportId, producerId }) {
    return { consumer: await consumeFor(ctx, transportId, producerId) };
  },

  async 'consumer:resume'(ctx, { consumerId }) {
    const consumer = ownConsumer(ctx, consumerId);
    consumer.appData.wanted = true;
    await applyFlow(ctx.participant, consumer);
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
    await Promise.all(media.listConsumers().map((c) => applyFlow(participant, c)));
    return {};
  },
};
