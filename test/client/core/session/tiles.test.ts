import { describe, expect, it } from 'vitest';
import type { LocalMediaState } from '../../../../client/core/media/localMedia';
import { initialState } from '../../../../client/core/session/initialState';
import * as P from '../../../../client/core/session/peers';
import { buildTiles } from '../../../../client/core/session/tiles';
import type { SessionState } from '../../../../client/core/session/types';
import { fakeTrack } from '../../fakes';

const camTrack = fakeTrack('video');
const local = (over: Partial<LocalMediaState> = {}): LocalMediaState => ({
  mic: { type: 'track', track: fakeTrack('audio') },
  camera: { type: 'track', track: camTrack },
  micOn: true,
  cameraOn: true,
  devices: { mic: [], camera: [] },
  selected: { mic: null, camera: null },
  ...over,
});

function session(over: Partial<SessionState> = {}): SessionState {
  const remoteVideo = fakeTrack('video');
  const remoteVoice = fakeTrack('audio');
  let peers = P.addPeer({}, { peerId: 'sam', displayName: 'Sam', role: 'member' as const, joinedAt: 1 });
  peers = P.addProducer(peers, { producerId: 'cam', peerId: 'sam', kind: 'video', source: 'camera', paused: false });
  peers = P.addProducer(peers, { producerId: 'mic', peerId: 'sam', kind: 'audio', source: 'mic', paused: false });
  peers = P.attachConsumer(peers, 'cam', { id: 'c-cam', track: remoteVideo, paused: false })!;
  peers = P.attachConsumer(peers, 'mic', { id: 'c-mic', track: remoteVoice, paused: false })!;
  return {
    ...initialState('abc-defg-hij'),
    phase: 'joined',
    connection: { type: 'connected' },
    mediaReady: true,
    you: { displayName: 'Robin', role: 'member' },
    roomTitle: 'Tuesday circle',
    self: { peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 2 },
    peers,
    ...over,
  };
}

describe('buildTiles', () => {
  it('puts one’s own tile first, labelled "(you)", with local video and no playback of oneself', () => {
    const [self, sam] = buildTiles(session(), local());
    expect(self).toMatchObject({ label: 'Robin (you)', isSelf: true, audio: null, micOff: false });
    expect(self?.video).toEqual({ type: 'track', track: camTrack, consumerId: null });
    expect(sam).toMatchObject({ label: 'Sam', isSelf: false, micOff: false });
    expect(sam?.video).toMatchObject({ type: 'track', consumerId: 'c-cam' });
    expect(sam?.audio).not.toBeNull();
  });

  it('shows an avatar when a camera is off, in audio-only mode, or while the consumer is paused', () => {
    const s = session();
    expect(buildTiles({ ...s, peers: P.setProducerPaused(s.peers, 'cam', true) }, local())[1]?.video).toEqual({ type: 'placeholder', reason: 'camera-off' });
    expect(buildTiles({ ...s, audioOnly: true }, local())[1]?.video).toEqual({ type: 'placeholder', reason: 'audio-only' });
    expect(buildTiles({ ...s, peers: P.setConsumerPaused(s.peers, 'c-cam', true) }, local())[1]?.video).toEqual({ type: 'placeholder', reason: 'audio-only' });
    expect(buildTiles(s, local({ cameraOn: false, camera: { type: 'placeholder', reason: 'off' } }))[0]?.video).toEqual({ type: 'placeholder', reason: 'off' });
  });

  it('marks muted people and the active speaker', () => {
    const s = session({ activeSpeaker: 'sam' });
    const tiles = buildTiles({ ...s, peers: P.setProducerPaused(s.peers, 'mic', true) }, local({ micOn: false }));
    expect(tiles[0]?.micOff).toBe(true);
    expect(tiles[1]).toMatchObject({ micOff: true, speaking: true, audio: null });
  });

  it('uses the typed name on the prejoin screen before the server knows us', () => {
    expect(buildTiles(session({ self: null, peers: {} }), local(), 'Robin')[0]?.label).toBe('Robin (you)');
  });
});
