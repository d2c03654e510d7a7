import { describe, expect, it } from 'vitest';
import * as P from '../../../../client/core/session/peers';
import { fakeTrack } from '../../fakes';

const sam = { peerId: 'sam', displayName: 'Sam', role: 'member' as const, joinedAt: 2 };
const ann = { peerId: 'ann', displayName: 'Ann', role: 'member' as const, joinedAt: 1 };
const samCam = { producerId: 'sam-cam', peerId: 'sam', kind: 'video' as const, source: 'camera' as const, paused: false };
const samMic = { producerId: 'sam-mic', peerId: 'sam', kind: 'audio' as const, source: 'mic' as const, paused: true };

describe('peer list updates', () => {
  it('builds the list from a join result without oneself', () => {
    const peers = P.fromJoin({ peerId: 'me', displayName: 'Me', role: 'member' as const, joinedAt: 3 }, [sam, ann, { peerId: 'me', displayName: 'Me', role: 'member' as const, joinedAt: 3 }], [samCam, samMic]);
    expect(P.orderedPeers(peers).map((p) => p.peerId)).toEqual(['ann', 'sam']);
    expect(peers['sam']?.camera).toMatchObject({ producerId: 'sam-cam', producerPaused: false, consumer: null });
    expect(peers['sam']?.mic?.producerPaused).toBe(true);
  });

  it('returns the same object when nothing changes, so stores do not notify', () => {
    const peers = P.addProducer(P.addPeer({}, sam), samCam);
    expect(P.addPeer(peers, sam)).toBe(peers);
    expect(P.addProducer(peers, samCam)).toBe(peers);
    expect(P.setProducerPaused(peers, 'sam-cam', false)).toBe(peers);
    expect(P.setProducerPaused(peers, 'unknown', true)).toBe(peers);
    expect(P.removePeer(peers, 'nobody')).toBe(peers);
  });

  it('attaches, pauses and removes consumers; refuses to attach to a vanished producer', () => {
    let peers = P.addProducer(P.addPeer({}, sam), samCam);
    const track = fakeTrack('video');
    peers = P.attachConsumer(peers, 'sam-cam', { id: 'c1', track, paused: false })!;
    expect(peers['sam']?.camera?.consumer?.track).toBe(track);
    expect(P.consumerIdsOf(peers, 'sam')).toEqual(['c1']);
    expect(P.peerIdOfConsumer(peers, 'c1')).toBe('sam');
    peers = P.setConsumerPaused(peers, 'c1', true);
    expect(peers['sam']?.camera?.consumer?.paused).toBe(true);
    peers = P.removeConsumer(peers, 'c1');
    expect(peers['sam']?.camera?.consumer).toBeNull();
    expect(P.attachConsumer(P.removeProducer(peers, 'sam-cam'), 'sam-cam', { id: 'c2', track, paused: false })).toBeNull();
  });

  it('strips media but keeps people while reconnecting', () => {
    const peers = P.stripMedia(P.addProducer(P.addPeer({}, sam), samCam));
    expect(peers['sam']).toMatchObject({ displayName: 'Sam', camera: null, mic: null });
  });

  it('merges a join snapshot with consumers made before the ack arrived', () => {
    const snapshot = P.fromJoin({ peerId: 'me', displayName: 'Me', role: 'member' as const, joinedAt: 3 }, [sam], [samCam]);
    const early = P.addPeer({}, ann);
    const track = fakeTrack('video');
    const merged = P.mergeJoin(snapshot, early, [{ producerId: 'sam-cam', id: 'c1', track }]);
    expect(Object.keys(merged).sort()).toEqual(['ann', 'sam']);
    expect(merged['sam']?.camera?.consumer?.id).toBe('c1');
  });
});
