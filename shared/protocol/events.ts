// The typed event maps of the socket.io connection, shared by server and client.
// Client → server events carry a payload and an ack; server → client events are notifications.
import type { AckCallback } from './errors';
import type { DataConsumerOptions, TransportOptions, WireRtpCapabilities, WireRtpParameters } from './media';
import type { ClientPayload, MediaSource } from './schemas';

/** Roles in a room: the group's roles, plus `host` (the account that opened an instant room). */
export type RoomRole = 'organiser' | 'facilitator' | 'co_facilitator' | 'member' | 'host';

/** A participant as everyone in the room sees them. */
export interface PeerView {
  peerId: string;
  /** The member's pseudonym in this group (or an account's name): set by the server, never by the client. */
  displayName: string;
  role: RoomRole;
  joinedAt: number;
}

/** A live producer as everyone in the room sees it. */
export interface ProducerView {
  producerId: string;
  peerId: string;
  kind: 'audio' | 'video';
  source: MediaSource;
  paused: boolean;
}

export interface ConsumerOptions {
  id: string;
  producerId: string;
  peerId: string;
  kind: 'audio' | 'video';
  rtpParameters: WireRtpParameters;
  type: 'simple' | 'simulcast' | 'svc' | 'pipe';
  producerPaused: boolean;
}

export interface PrepareResult {
  routerRtpCapabilities: WireRtpCapabilities;
  /** How the room will show you (from your membership or account, decided by the server). */
  you: { displayName: string; role: RoomRole };
  /** What to call the room on screen: the group's name, or an instant room's id. */
  roomTitle: string;
  /** Server clock (ms since epoch) when the ack was sent, for countdowns synchronised to the server. */
  serverTime: number;
}

export interface JoinResult {
  self: PeerView;
  peers: PeerView[];
  producers: ProducerView[];
  /** Paused consumers of `producers`, video first, when the join named a receive transport.
   *  A producer missing here (for example one the browser cannot decode) can still be consumed. */
  consumers: ConsumerOptions[];
}

type Req<E extends keyof ClientResults> = (payload: ClientPayload<E>, ack: AckCallback<ClientResults[E]>) => void;

/** What each request answers with when it succeeds (on top of `ok: true`). */
export interface ClientResults {
  'room:prepare': PrepareResult;
  'room:join': JoinResult;
  'room:leave': Record<never, never>;
  'transport:create': { transport: TransportOptions; warmup?: DataConsumerOptions };
  'transport:connect': Record<never, never>;
  'transport:restartIce': { iceParameters: TransportOptions['iceParameters'] };
  'producer:create': { producerId: string };
  'producer:pause': Record<never, never>;
  'producer:resume': Record<never, never>;
  'producer:close': Record<never, never>;
  'consumer:create': { consumer: ConsumerOptions };
  'consumer:resume': Record<never, never>;
  'consumer:viewport': Record<never, never>;
  'peer:audioOnly': Record<never, never>;
}

export type ClientToServerEvents = { [E in keyof ClientResults]: Req<E> };

export interface ServerToClientEvents {
  'peer:joined': (peer: PeerView) => void;
  'peer:left': (p: { peerId: string }) => void;
  'producer:added': (producer: ProducerView) => void;
  'producer:paused': (p: { producerId: string; peerId: string }) => void;
  'producer:resumed': (p: { producerId: string; peerId: string }) => void;
  'producer:closed': (p: { producerId: string; peerId: string }) => void;
  /** The server closed one of your consumers (its producer or transport went away). */
  'consumer:closed': (p: { consumerId: string }) => void;
  /** The server paused or resumed one of your consumers on its own account (audio-only mode);
   *  never sent for a consumer:resume you asked for. */
  'consumer:paused': (p: { consumerId: string }) => void;
  'consumer:resumed': (p: { consumerId: string }) => void;
  /** The loudest participant, or null when nobody has spoken for a while. */
  'speaker:active': (p: { peerId: string | null }) => void;
  /** Audio levels of the participants speaking now (dBov, -127..0), a few times per second. */
  'audio:levels': (p: { levels: Array<{ peerId: string; volume: number }> }) => void;
  /** The media server for this room failed: drop all media state and join again. */
  'room:reconnect': (p: { reason: 'media_server_restarted' | 'server_shutdown' }) => void;
  /** You may no longer be here (removed from the group): the server disconnects right after this. */
  'session:ended': (p: { reason: 'removed' }) => void;
}

/** Per-socket data the server keeps (never trusted from the client). */
export interface SocketData {
  peerId: string;
}
