// Being seen in the room. A participant who arrives is in the session at once, but only one whose
// place is `room` is visible: their producers announced, their consumers made. Sent back to the
// waiting room, they are taken out of sight again: every consumer of or by them is closed.
import type { RtpCapabilities } from 'mediasoup/types';
import type { ConsumerOptions, JoinResult, PeerView } from '../../../shared/protocol';
import type { Logger } from '../../log';
import { sendHistory } from '../chat/audience';
import { AppError } from '../errors';
import { consumeFrom } from '../features/consume';
import type { LiveRoom } from '../liveRoom';
import type { Participant } from '../participant';
import { cancelReveal, revealNow, revealWhenReceiving } from './reveal';

/** What room:join asked for, kept while the participant waits to be admitted. */
export interface Arrival {
  view: PeerView;
  rtpCapabilities: RtpCapabilities;
  recvTransportId: string | undefined;
}

/** How the entering participant's own media is announced: at once (a move between spaces), or
 *  once they receive (entering the room; see reveal.ts). */
export type Reveal = 'now' | 'whenReceiving';

/** Make an arrived participant visible and give them the room: people, producers, ready consumers. */
export async function enterRoom(room: LiveRoom, participant: Participant, logger: Logger, reveal: Reveal): Promise<JoinResult> {
  const arrival = participant.arrival;
  const media = participant.media;
  if (!arrival || !media) throw new AppError('conflict', 'not in the room');
  const space = participant.space;
  const others = room.peerViews(space);
  const producers = room.visibleProducers(space);
  participant.joined = { view: arrival.view, rtpCapabilities: arrival.rtpCapabilities };
  // Now, not at the end: from here on chat reaches them live, and the history must come first.
  sendHistory(room, participant);
  room.broadcastIn(space, participant.peerId, 'peer:joined', arrival.view);
  if (reveal === 'now') revealNow(room, participant);
  const consumers: ConsumerOptions[] = [];
  const transportId = arrival.recvTransportId;
  if (transportId !== undefined && media.hasTransport(transportId)) {
    // All at once (the worker takes them in order: video first, the first remote picture is what a
    // person joining waits for). One stream that cannot be received must not fail the join; the
    // client may ask for it again.
    const ordered = [...producers].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'video' ? -1 : 1));
    const made = await Promise.all(
      ordered.map((p) =>
        consumeFrom(room, participant, transportId, p.producerId).catch((err: unknown) => {
          logger.debug({ code: err instanceof AppError ? err.code : 'internal' }, 'could not consume on entry');
          return null;
        }),
      ),
    );
    for (const c of made) if (c) consumers.push(c);
  }
  if (reveal === 'whenReceiving') revealWhenReceiving(room, participant, consumers.map((c) => c.id));
  return { place: 'room', self: arrival.view, peers: others, producers, consumers };
}

/** Out of sight: close what they receive and what others receive of them; the room sees them leave. */
export function leaveSight(room: LiveRoom, participant: Participant): void {
  const media = participant.media;
  if (!participant.joined || !media) return;
  cancelReveal(participant);
  participant.joined = undefined;
  for (const id of media.closeConsumersWhere(() => true)) participant.notify('consumer:closed', { consumerId: id });
  for (const other of room.participants.values()) {
    if (other === participant || !other.media || other.space !== participant.space) continue;
    for (const id of other.media.closeConsumersWhere((c) => media.hasProducer(c.producerId))) {
      other.notify('consumer:closed', { consumerId: id });
    }
  }
  room.broadcastIn(participant.space, participant.peerId, 'peer:left', { peerId: participant.peerId });
}
