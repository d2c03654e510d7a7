// Pure updates of the remote participant list, one per server event. Each returns a new
// record (or the same one when nothing changed), so the store notifies only on real changes.
import type { PeerView, ProducerView } from '../../../shared/protocol';
import type { Peers, RemoteFeed, RemotePeer } from './types';

type Slot = 'mic' | 'camera';

function mapFeeds(peers: Peers, fn: (feed: RemoteFeed, peer: RemotePeer) => RemoteFeed | null): Peers {
  let changed = false;
  const next: Record<string, RemotePeer> = {};
  for (const [id, peer] of Object.entries(peers)) {
    let updated = peer;
    for (const slot of ['mic', 'camera'] as const) {
      const feed = peer[slot];
      if (!feed) continue;
      const mapped = fn(feed, peer);
      if (mapped !== feed) updated = { ...updated, [slot]: mapped };
    }
    if (updated !== peer) changed = true;
    next[id] = updated;
  }
  return changed ? next : peers;
}

export function addPeer(peers: Peers, view: PeerView): Peers {
  const existing = peers[view.peerId];
  if (existing && existing.displayName === view.displayName && existing.role === view.role) return peers;
  return {
    ...peers,
    [view.peerId]: { mic: null, camera: null, ...existing, peerId: view.peerId, displayName: view.displayName, role: view.role, joinedAt: view.joinedAt },
  };
}

export function removePeer(peers: Peers, peerId: string): Peers {
  if (!peers[peerId]) return peers;
  const { [peerId]: _gone, ...rest } = peers;
  return rest;
}

export function addProducer(peers: Peers, view: ProducerView): Peers {
  const peer = peers[view.peerId];
  if (!peer) return peers;
  const slot: Slot = view.source;
  if (peer[slot]?.producerId === view.producerId) return peers;
  const feed: RemoteFeed = { producerId: view.producerId, source: view.source, producerPaused: view.paused, consumer: null };
  return { ...peers, [peer.peerId]: { ...peer, [slot]: feed } };
}

export function setProducerPaused(peers: Peers, producerId: string, paused: boolean): Peers {
  return mapFeeds(peers, (f) => (f.producerId === producerId && f.producerPaused !== paused ? { ...f, producerPaused: paused } : f));
}

export function removeProducer(peers: Peers, producerId: string): Peers {
  return mapFeeds(peers, (f) => (f.producerId === producerId ? null : f));
}

/** Returns null when the producer vanished meanwhile (the caller then closes the consumer). */
export function attachConsumer(peers: Peers, producerId: string, consumer: NonNullable<RemoteFeed['consumer']>): Peers | null {
  let found = false;
  const next = mapFeeds(peers, (f) => {
    if (f.producerId !== producerId) return f;
    found = true;
    return { ...f, consumer };
  });
  return found ? next : null;
}

export function setConsumerPaused(peers: Peers, consumerId: string, paused: boolean): Peers {
  return mapFeeds(peers, (f) =>
    f.consumer?.id === consumerId && f.consumer.paused !== paused ? { ...f, consumer: { ...f.consumer, paused } } : f,
  );
}

export function removeConsumer(peers: Peers, consumerId: string): Peers {
  return mapFeeds(peers, (f) => (f.consumer?.id === consumerId ? { ...f, consumer: null } : f));
}

/** While reconnecting: keep the people, drop their (dead) media. */
export function stripMedia(peers: Peers): Peers {
  return mapFeeds(peers, () => null);
}

/** Consumer ids of one peer, so they can be closed when the peer leaves. */
export function consumerIdsOf(peers: Peers, peerId: string): string[] {
  const peer = peers[peerId];
  if (!peer) return [];
  return [peer.mic?.consumer?.id, peer.camera?.consumer?.id].filter((id): id is string => !!id);
}

export function peerIdOfConsumer(peers: Peers, consumerId: string): string | null {
  for (const peer of Object.values(peers)) {
    if (peer.mic?.consumer?.id === consumerId || peer.camera?.consumer?.id === consumerId) return peer.peerId;
  }
  return null;
}

/** Arrival order, so tiles don't jump around when someone speaks. */
export function orderedPeers(peers: Peers): RemotePeer[] {
  return Object.values(peers).sort((a, b) => a.joinedAt - b.joinedAt || a.peerId.localeCompare(b.peerId));
}

export function fromJoin(self: PeerView, peerViews: PeerView[], producers: ProducerView[]): Peers {
  let peers: Peers = {};
  for (const view of peerViews) if (view.peerId !== self.peerId) peers = addPeer(peers, view);
  for (const producer of producers) peers = addProducer(peers, producer);
  return peers;
}

/**
 * The join snapshot is authoritative, but events may have raced ahead of the ack: keep people
 * who joined meanwhile, and re-attach consumers already made for producers in the result.
 */
export function mergeJoin(snapshot: Peers, current: Peers, consumers: Array<{ producerId: string; id: string; track: MediaStreamTrack }>): Peers {
  let peers: Peers = { ...current, ...snapshot };
  for (const c of consumers) peers = attachConsumer(peers, c.producerId, { id: c.id, track: c.track, paused: false }) ?? peers;
  return peers;
}
