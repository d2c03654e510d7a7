// The shape of one room session as the UI sees it. Snapshots are immutable.
import type { ChatMessage, MediaSource, PeerView, Reaction, RoomRole } from '../../../shared/protocol';
import type { SessionView, WaitingView } from '../../../shared/session';

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

/** prejoin: checking devices (media is being prepared); joining: Join clicked; waiting: in the
 *  waiting room until a facilitator admits us; left: the member left (or was sent away). */
export type Phase = 'prejoin' | 'joining' | 'waiting' | 'joined' | 'left';

/** Something the member is asked to decide now. Never acted on without their click. */
export type Prompt = { kind: 'your_turn'; endsAt: number } | { kind: 'ask_to_unmute'; source: MediaSource };

/** A toast's one button: go to the breakout room `visit` (a facilitator answering a call for help). */
export interface ToastAction {
  label: string;
  visit: string;
}

/** A short-lived notice (muted by the facilitator, a refused control...); `id` tells repeats apart. */
export interface Toast {
  id: number;
  text: string;
  action?: ToastAction;
}

/** Our media is on its way to another space of the room: 'main' or a breakout's id, and its name
 *  ('' until we learn it: the notice naming it follows the move a moment later). */
export interface Moving {
  to: string;
  name: string;
}

/** A quiet reaction shown on the sender's tile for a few seconds. */
export interface ShownReaction {
  id: number;
  reaction: Reaction;
}

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
  /** Between `space:moved` and being in the new space (breakouts): shown calmly over the grid. */
  moving: Moving | null;
  /** The live session as the server shows it to us (its parts put together; see viewParts.ts). */
  session: SessionView | WaitingView | null;
  /** serverTime - Date.now() at prepare: add it to the local clock to count down in server time. */
  serverOffset: number;
  /** The group's community guidelines (null for an instant room, or before prepare). */
  guidelines: string | null;
  prompt: Prompt | null;
  toast: Toast | null;
  /** The session's chat, oldest first (what the server lets us see). */
  chat: ChatMessage[];
  /** The latest reaction per peer id, while it is shown. */
  reactions: Readonly<Record<string, ShownReaction>>;
}

/** performance.now() marks of the first join, for the P2 benchmark's breakdown (each set once). */
export interface Timings {
  joinClicked?: number;
  /** The server answered room:join (with the room's consumers already made). */
  joinAnswered?: number;
  joined?: number;
  /** The local side of the join's consumers is built (one SDP exchange). */
  consumersBuilt?: number;
  /** The server acknowledged resuming them. */
  consumersResumed?: number;
  /** The first remote video track received its first packet (the track's unmute). */
  firstRemotePacket?: number;
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
