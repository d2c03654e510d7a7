// The shape of one room session as the UI sees it. Snapshots are immutable.
import type { MediaSource, PeerView, RoomRole } from '../../../shared/protocol';

/** A remote producer we know about, and our consumer of it once it exists. */
export interface RemoteFeed {
  producerId: string;
  source: MediaSource;
  /** The sender turned it off (muted mic, camera off). */
  producerPaused: boolean;
  /** Null while we are still setting up the consumer. */
  consumer: { id: string; track: MediaStreamTrack; paused: boolean } | null;
}

export interface RemotePeer {
  peerId: string;
  displayName: string;
  role: RoomRole;
  joinedAt: number;
  mic: RemoteFeed | null;
  camera: RemoteFeed | null;
}

export type Peers = Readonly<Record<string, RemotePeer>>;

/** prejoin: checking devices (media is being prepared); joining: Join clicked; left: the member left. */
export type Phase = 'prejoin' | 'joining' | 'joined' | 'left';

export type ConnectionStatus =
  | { type: 'connecting' }
  | { type: 'connected' }
  | { type: 'reconnecting' }
  | { type: 'failed'; message: string }
  /** The server will not let us in (removed from the group, a bad link): no retry. */
  | { type: 'refused'; message: string };

export interface SessionState {
  roomId: string;
  phase: Phase;
  connection: ConnectionStatus;
  /** Transports are up and local media is being sent (hidden until join): joining will be quick. */
  mediaReady: boolean;
  /** How the room will show us: the server decides (pseudonym and role), known once connected. */
  you: { displayName: string; role: RoomRole } | null;
  /** The group's name (or an instant room's id), once connected. */
  roomTitle: string | null;
  self: PeerView | null;
  peers: Peers;
  activeSpeaker: string | null;
  audioOnly: boolean;
  /** Something the member should know that is not a connection problem (e.g. join refused). */
  notice: string | null;
}

export interface Timings {
  joinClicked?: number;
  joined?: number;
  firstRemoteFrame?: number;
}

export interface InboundStat {
  consumerId: string;
  producerId: string;
  peerId: string;
  kind: 'audio' | 'video';
  bytesReceived: number;
  packetsReceived: number;
  framesDecoded: number;
  frameWidth: number;
  frameHeight: number;
}
