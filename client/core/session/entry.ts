// Receiving the room's media: the join snapshot (or `room:entered` after the waiting room) → people
// with consumers, and one more consumer per producer that appears later. One participant's stream
// failing never takes the room down: their tile shows an avatar.
import type { JoinResult, ProducerView } from '../../../shared/protocol';
import { describeError } from '../errors';
import type { RemoteConsumer } from '../media/engine';
import type { Signalling } from '../signalling';
import { LinkClosedError, type MediaLink } from './mediaLink';
import * as P from './peers';
import type { SessionState, Timings } from './types';

export interface EntryHost {
  signalling: Signalling;
  get(): SessionState;
  patch(partial: Partial<SessionState>): void;
  /** Where the first join's marks go (the P2 benchmark's breakdown); each is set once. */
  readonly timings: Timings;
  now(): number;
}

function mark(host: EntryHost, name: keyof Timings): void {
  host.timings[name] ??= host.now();
}

/** Into the room (place 'room'): people first, then their media. */
export async function enterRoom(host: EntryHost, link: MediaLink, result: JoinResult): Promise<void> {
  const snapshot = P.fromJoin(result.self, result.peers, result.producers);
  const made = link.consumerEntries().map(({ consumer }) => ({ producerId: consumer.producerId, id: consumer.id, track: consumer.track }));
  host.patch({ phase: 'joined', self: result.self, peers: P.mergeJoin(snapshot, host.get().peers, made) });
  if (host.get().audioOnly) void host.signalling.request('peer:audioOnly', { enabled: true }).catch(() => undefined);
  host.patch({ connection: { type: 'connected' } });
  // The server made paused consumers for what was already live: build them in one go, resume
  // them together, then consume anything it could not (those take the one-by-one path).
  const adopted = await link.adopt(result.consumers);
  if (link.closed) return;
  if (adopted.length > 0) mark(host, 'consumersBuilt');
  watchFirstPacket(host, adopted);
  let peers = host.get().peers;
  const attached = adopted.filter(({ info, consumer }) => {
    const next = P.attachConsumer(peers, info.producerId, { id: consumer.id, track: consumer.track, paused: false });
    if (next) peers = next;
    else link.closeConsumer(consumer.id); // its producer or peer left meanwhile
    return next !== null;
  });
  host.patch({ peers });
  await Promise.all(attached.map(({ consumer }) => link.resumeConsumer(consumer.id).catch(() => undefined)));
  if (attached.length > 0) mark(host, 'consumersResumed');
  const done = new Set(adopted.map(({ info }) => info.producerId));
  await Promise.all(result.producers.filter((p) => !done.has(p.producerId)).map((p) => consumeProducer(host, link, p)));
}

/** The first remote video's first packet (its track unmutes), for the benchmark's breakdown. */
function watchFirstPacket(host: EntryHost, adopted: Array<{ consumer: RemoteConsumer }>): void {
  const track = adopted.find(({ consumer }) => consumer.kind === 'video')?.consumer.track;
  if (!track) return;
  if (track.muted) track.addEventListener('unmute', () => mark(host, 'firstRemotePacket'), { once: true });
  else mark(host, 'firstRemotePacket');
}

export async function consumeProducer(host: EntryHost, link: MediaLink, producer: ProducerView): Promise<void> {
  if (producer.peerId === host.get().self?.peerId) return;
  try {
    const made = await link.consume(producer.producerId);
    if (!made || link.closed) return;
    const { consumer } = made;
    const peers = P.attachConsumer(host.get().peers, producer.producerId, { id: consumer.id, track: consumer.track, paused: false });
    if (!peers) {
      link.closeConsumer(consumer.id); // the producer or its peer left meanwhile
      return;
    }
    host.patch({ peers });
    await link.resumeConsumer(consumer.id);
  } catch (error) {
    if (!(error instanceof LinkClosedError)) console.warn('[hearth] could not receive a stream', describeError(error));
  }
}
