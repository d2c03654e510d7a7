// What each tile in the room shows, derived from session and local state. Pure, so the rules
// (when to show video, when an avatar, what the label says) are tested without a DOM.
import type { LocalMediaState, PlaceholderReason } from '../media/localMedia';
import { orderedPeers } from './peers';
import type { RemotePeer, SessionState } from './types';

export type TileVideo =
  | { type: 'track'; track: MediaStreamTrack; consumerId: string | null }
  | { type: 'placeholder'; reason: 'camera-off' | 'audio-only' | 'connecting' | PlaceholderReason };

export interface TileModel {
  key: string;
  peerId: string | null;
  displayName: string;
  /** The accessible name of the tile's group: the name, plus "(you)" on one's own tile. */
  label: string;
  isSelf: boolean;
  video: TileVideo;
  /** Remote voice to play; null for one's own tile (we never play ourselves back). */
  audio: MediaStreamTrack | null;
  micOff: boolean;
  speaking: boolean;
}

function remoteVideo(peer: RemotePeer, audioOnly: boolean): TileVideo {
  const feed = peer.camera;
  if (!feed || feed.producerPaused) return { type: 'placeholder', reason: 'camera-off' };
  if (audioOnly) return { type: 'placeholder', reason: 'audio-only' };
  if (!feed.consumer) return { type: 'placeholder', reason: 'connecting' };
  if (feed.consumer.paused) return { type: 'placeholder', reason: 'audio-only' };
  return { type: 'track', track: feed.consumer.track, consumerId: feed.consumer.id };
}

function remoteTile(peer: RemotePeer, session: SessionState): TileModel {
  const mic = peer.mic;
  return {
    key: peer.peerId,
    peerId: peer.peerId,
    displayName: peer.displayName,
    label: peer.displayName,
    isSelf: false,
    video: remoteVideo(peer, session.audioOnly),
    audio: mic?.consumer && !mic.producerPaused ? mic.consumer.track : null,
    micOff: !mic || mic.producerPaused,
    speaking: session.activeSpeaker === peer.peerId,
  };
}

export function selfTile(session: SessionState, local: LocalMediaState, fallbackName: string): TileModel {
  const name = session.self?.displayName ?? fallbackName;
  const cam = local.camera;
  return {
    key: 'self',
    peerId: session.self?.peerId ?? null,
    displayName: name,
    label: `${name} (you)`,
    isSelf: true,
    video: cam.type === 'track' && local.cameraOn ? { type: 'track', track: cam.track, consumerId: null } : { type: 'placeholder', reason: cam.type === 'placeholder' && cam.reason !== 'starting' ? cam.reason : 'camera-off' },
    audio: null,
    micOff: !local.micOn || local.mic.type !== 'track',
    speaking: session.self !== null && session.activeSpeaker === session.self.peerId,
  };
}

/** Own tile first, then others in the order they arrived. */
export function buildTiles(session: SessionState, local: LocalMediaState, fallbackName = 'You'): TileModel[] {
  return [selfTile(session, local, fallbackName), ...orderedPeers(session.peers).map((p) => remoteTile(p, session))];
}
