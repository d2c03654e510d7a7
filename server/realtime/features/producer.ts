// Sending media: microphone and camera producers, and pausing them (mic / camera toggles).
// A producer made on the prejoin screen stays invisible until its owner joins. The session may
// hold a producer paused (muted by the facilitator, the talking stick): then resume is refused.
import type { RtpParameters } from 'mediasoup/types';
import type { Feature } from '../handler';
import { assertMayRun, holdReason } from '../session/floor';
import { announceProducer, isRevealed } from '../session/reveal';
import { ownProducer } from './ownership';

export const producerFeature: Feature = {
  async 'producer:create'({ participant }, { transportId, kind, rtpParameters, source, paused }) {
    const { room, media } = participant.inRoom();
    const held = !paused && holdReason(room, participant.peerId, source) !== null;
    const producer = await media.produce(transportId, kind, rtpParameters as RtpParameters, source, paused || held);
    if (isRevealed(participant)) announceProducer(room, participant, producer);
    return { producerId: producer.id, paused: producer.paused };
  },

  async 'producer:pause'(ctx, { producerId }) {
    const producer = ownProducer(ctx, producerId);
    if (!producer.paused) {
      await producer.pause();
      ctx.participant.room?.broadcastIn(ctx.participant.space, ctx.participant.peerId, 'producer:paused', { producerId, peerId: ctx.participant.peerId });
    }
    return {};
  },

  async 'producer:resume'(ctx, { producerId }) {
    const producer = ownProducer(ctx, producerId);
    const { room } = ctx.participant.inRoom();
    assertMayRun(room, ctx.participant.peerId, producer.appData.source);
    if (producer.paused) {
      await producer.resume();
      room.broadcastIn(ctx.participant.space, ctx.participant.peerId, 'producer:resumed', { producerId, peerId: ctx.participant.peerId });
    }
    return {};
  },

  async 'producer:close'(ctx, { producerId }) {
    const producer = ownProducer(ctx, producerId);
    producer.close();
    if (ctx.participant.joined) {
      ctx.participant.room?.broadcastIn(ctx.participant.space, ctx.participant.peerId, 'producer:closed', { producerId, peerId: ctx.participant.peerId });
    }
    return {};
  },
};
