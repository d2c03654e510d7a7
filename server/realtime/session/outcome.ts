// Applying a session outcome (the imperative shell around the reducer): effects on mediasoup and
// sockets in order, then places that changed (admitted people enter, sent-back people leave
// sight), then what changed of everyone's view (publish.ts).
import type { MediaSource } from '../../../shared/protocol';
import type { Logger } from '../../log';
import type { LiveRoom } from '../liveRoom';
import type { Participant } from '../participant';
import type { Outcome } from './liveSession';
import { enterRoom, leaveSight } from './presence';
import { publishSession } from './publish';
import { followSession, moveToSpace } from './spaces';

export interface OutcomeDeps {
  logger: Logger;
  /** Take a participant out of the room and drop its connection (removed, declined, replaced). */
  close(participant: Participant): void;
}

export async function applyOutcome(room: LiveRoom, outcome: Outcome, deps: OutcomeDeps): Promise<void> {
  for (const effect of outcome.effects) {
    const target = 'peerId' in effect ? room.participants.get(effect.peerId) : undefined;
    if (!target) continue;
    switch (effect.type) {
      case 'pauseProducer':
        await pauseSource(room, target, effect.source);
        break;
      case 'resumeProducerAllowed':
        break; // the member decides; the server never turns a microphone or camera on
      case 'notify':
        target.notify('session:notice', effect.message);
        break;
      case 'closePeer':
        deps.close(target);
        break;
      case 'moveToSpace':
        // Their media follows them; what the new space holds paused applies as they produce there.
        // Someone still arriving (a reconnect going back into its breakout) is moved once entered.
        if (target.joined) await moveToSpace(room, target, effect.space);
        break;
    }
  }
  for (const [peerId, after] of Object.entries(outcome.after.participants)) {
    const before = outcome.before.participants[peerId];
    const participant = room.participants.get(peerId);
    if (!before || !participant || before.place === after.place) continue;
    if (after.place === 'room') {
      participant.notify('room:entered', await enterRoom(room, participant, deps.logger, 'whenReceiving'));
      followSession(room, participant, deps.logger); // admitted while breakouts run: back to their breakout
    } else leaveSight(room, participant);
  }
  publishSession(room);
}

/** Pause in mediasoup, so nothing reaches anyone whatever the client does; everyone (the owner too) is told. */
async function pauseSource(room: LiveRoom, participant: Participant, source: MediaSource): Promise<void> {
  const producer = participant.media?.listProducers().find((p) => p.appData.source === source);
  if (!producer || producer.paused || producer.closed) return;
  await producer.pause();
  const event = { producerId: producer.id, peerId: participant.peerId };
  room.broadcastIn(participant.space, participant.peerId, 'producer:paused', event);
  participant.notify('producer:paused', event);
}
