// Lookups that enforce ownership: a participant reaches only its own transports, producers and
// consumers. An id that exists but belongs to someone else is `not_authorized`; an unknown id is
// `not_found`.
import type { MediaPeer } from '../../sfu/mediaPeer';
import { notAuthorized } from '../errors';
import type { HandlerContext } from '../handler';

/** Only called once the participant's own lookup failed, so any owner found is someone else. */
const ownedByAnother = (ctx: HandlerContext, has: (m: MediaPeer) => boolean) => ctx.rooms.findOwner(has) !== undefined;

export function ownTransport(ctx: HandlerContext, id: string) {
  const { media } = ctx.participant.inRoom();
  if (!media.hasTransport(id) && ownedByAnother(ctx, (m) => m.hasTransport(id))) throw notAuthorized('that transport is not yours');
  return media.transport(id);
}

export function ownProducer(ctx: HandlerContext, id: string) {
  const { media } = ctx.participant.inRoom();
  if (!media.hasProducer(id) && ownedByAnother(ctx, (m) => m.hasProducer(id))) throw notAuthorized('that producer is not yours');
  return media.producer(id);
}

export function ownConsumer(ctx: HandlerContext, id: string) {
  const { media } = ctx.participant.inRoom();
  if (!media.hasConsumer(id) && ownedByAnother(ctx, (m) => m.hasConsumer(id))) throw notAuthorized('that consumer is not yours');
  return media.consumer(id);
}
