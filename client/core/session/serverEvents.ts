// Server notifications → session updates. Kept apart from RoomSession so each event's effect
// reads as one line; the EventTarget they act on is built in sessionHosts.ts.
import type { ProducerView, ServerToClientEvents } from '../../../shared/protocol';
import type { Signalling } from '../signalling';
import * as P from './peers';
import type { Peers } from './types';

/** The handful of things events may do to a session. */
export interface EventTarget {
  /** True once Join was clicked and a media link exists; earlier events are not ours. */
  inRoom(): boolean;
  selfId(): string | null;
  peers(): Peers;
  setPeers(next: Peers): void;
  consume(producer: ProducerView): void;
  closeConsumer(consumerId: string): void;
  forgetProducer(producerId: string): void;
  setActiveSpeaker(peerId: string | null): void;
  setLevels(levels: Record<string, number>): void;
  mediaServerRestarted(): void;
  /** The server ended our place in this room (we were removed from the group). */
  ended(reason: 'removed'): void;
  /** The server paused one of OUR producers (a facilitator mute, the end of a turn). */
  ownProducerPaused(producerId: string): void;
}

/** Subscribe every server event; returns the unsubscribe functions. */
export function bindServerEvents(signalling: Signalling, t: EventTarget): Array<() => void> {
  const off: Array<() => void> = [];
  const on = <E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): void => {
    off.push(signalling.on(event, handler));
  };
  const peers = (fn: (p: Peers) => Peers): void => {
    if (t.inRoom()) t.setPeers(fn(t.peers()));
  };

  on('peer:joined', (peer) => peers((p) => (peer.peerId === t.selfId() ? p : P.addPeer(p, peer))));
  on('peer:left', ({ peerId }) => {
    for (const id of P.consumerIdsOf(t.peers(), peerId)) t.closeConsumer(id);
    peers((p) => P.removePeer(p, peerId));
  });
  on('producer:added', (producer) => {
    if (!t.inRoom() || producer.peerId === t.selfId()) return;
    peers((p) => P.addProducer(p, producer));
    t.consume(producer);
  });
  on('producer:paused', ({ producerId, peerId }) => {
    if (peerId === t.selfId()) t.ownProducerPaused(producerId);
    else peers((p) => P.setProducerPaused(p, producerId, true));
  });
  on('producer:resumed', ({ producerId }) => peers((p) => P.setProducerPaused(p, producerId, false)));
  on('producer:closed', ({ producerId }) => {
    t.forgetProducer(producerId);
    peers((p) => P.removeProducer(p, producerId));
  });
  on('consumer:closed', ({ consumerId }) => {
    t.closeConsumer(consumerId);
    peers((p) => P.removeConsumer(p, consumerId));
  });
  on('consumer:paused', ({ consumerId }) => peers((p) => P.setConsumerPaused(p, consumerId, true)));
  on('consumer:resumed', ({ consumerId }) => peers((p) => P.setConsumerPaused(p, consumerId, false)));
  on('speaker:active', ({ peerId }) => {
    if (t.inRoom()) t.setActiveSpeaker(peerId);
  });
  on('audio:levels', ({ levels }) => {
    if (t.inRoom()) t.setLevels(Object.fromEntries(levels.map((l) => [l.peerId, l.volume])));
  });
  on('room:reconnect', () => t.mediaServerRestarted());
  on('session:ended', ({ reason }) => t.ended(reason));
  return off;
}
