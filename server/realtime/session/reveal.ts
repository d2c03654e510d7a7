// Receiving before being received. A person entering the room (joining, or admitted from the
// waiting room) is announced at once (`peer:joined`), but their own mic and camera are announced
// (`producer:added`) only once their client has resumed the consumers it was given on entry, or
// after REVEAL_FALLBACK_MS. Without the wait, everyone else starts consuming them at the moment
// their device is busiest: the others' keyframe requests make it encode a keyframe of every layer
// while it is negotiating, decoding and rendering the room (the P2 benchmark's first frame, on one
// machine and day: median 213–243 ms before, 154–204 ms with the wait). Moves between spaces
// reveal at once.
import type { Producer } from 'mediasoup/types';
import type { ProducerData } from '../../sfu/mediaPeer';
import type { LiveRoom } from '../liveRoom';
import { producerView } from '../liveRoom';
import type { Participant } from '../participant';

/** The most a person's media stays unannounced when their client never resumes (a failure). */
export const REVEAL_FALLBACK_MS = 1500;

/** After the last entry consumer is resumed: time for its first frames to arrive and decode. */
export const REVEAL_SETTLE_MS = 300;

export interface PendingReveal {
  /** Entry consumers the client has not resumed yet. */
  waiting: Set<string>;
  timer: ReturnType<typeof setTimeout>;
}

/** Announce one of the participant's producers to everyone visible in their space. */
export function announceProducer(room: LiveRoom, participant: Participant, producer: Producer<ProducerData>): void {
  room.broadcastIn(participant.space, participant.peerId, 'producer:added', producerView(producer));
  void room.mediaIn(participant.space)?.observeAudio(producer); // speaker detection must not delay anyone
}

/** Announce the participant's producers now: to everyone visible in their space. */
export function revealNow(room: LiveRoom, participant: Participant): void {
  cancelReveal(participant);
  if (!participant.joined || !participant.media) return;
  for (const p of participant.media.listProducers()) announceProducer(room, participant, p);
}

/** Announce once these entry consumers are resumed (or after the fallback); at once when there are none. */
export function revealWhenReceiving(room: LiveRoom, participant: Participant, consumerIds: string[]): void {
  cancelReveal(participant);
  if (consumerIds.length === 0) {
    revealNow(room, participant);
    return;
  }
  const timer = setTimeout(() => revealNow(room, participant), REVEAL_FALLBACK_MS);
  timer.unref?.();
  participant.pendingReveal = { waiting: new Set(consumerIds), timer };
}

/** consumer:resume: the last entry consumer resumed reveals the participant. */
export function entryConsumerResumed(room: LiveRoom, participant: Participant, consumerId: string): void {
  const pending = participant.pendingReveal;
  if (!pending?.waiting.delete(consumerId) || pending.waiting.size > 0) return;
  // Their first pictures are on the way now; let them land before the others ask for keyframes.
  clearTimeout(pending.timer);
  pending.timer = setTimeout(() => revealNow(room, participant), REVEAL_SETTLE_MS);
  pending.timer.unref?.();
}

/** Out of sight, moved or gone: nothing is announced later. */
export function cancelReveal(participant: Participant): void {
  if (!participant.pendingReveal) return;
  clearTimeout(participant.pendingReveal.timer);
  participant.pendingReveal = undefined;
}

/** Whether a producer made now is announced now (else the pending reveal announces it). */
export function isRevealed(participant: Participant): boolean {
  return participant.joined !== undefined && participant.pendingReveal === undefined;
}
