// The typed event maps of the socket.io connection, shared by server and client.
// Client → server events carry a payload and an ack; server → client events are notifications.
import type { AckCallback } from './errors';
import type { DataConsumerOptions, TransportOptions, WireRtpCapabilities, WireRtpParameters } from './media';
import type { ClientPayload, MediaSource } from './schemas';
import type { ChatMessage, Reaction, SessionEventName } from './session';
import type { BreakoutsOverview, NotifyMessage, RoomView, WaitingEntry, YouView } from '../session';

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
  /** The group's community guidelines (shown on the waiting screen); null for an instant room. */
  guidelines: string | null;
  /** Server clock (ms since epoch) when the ack was sent, for countdowns synchronised to the server. */
  serverTime: number;
}

export interface JoinResult {
  /** `waiting`: the waiting room holds you; `room:entered` follows when a facilitator admits you
   *  (then `peers`, `producers` and `consumers` are empty until then, and you are invisible). */
  place: 'room' | 'waiting';
  self: PeerView;
  peers: PeerView[];
  producers: ProducerView[];
  /** Paused consumers of `producers`, video first, when the join named a receive transport.
   *  A producer missing here (for example one the browser cannot decode) can still be consumed. */
  consumers: ConsumerOptions[];
}

type Req<E extends keyof ClientResults> = (payload: ClientPayload<E>, ack: AckCallback<ClientResults[E]>) => void;

/** What each media and chat request answers with when it succeeds (on top of `ok: true`). */
interface MediaResults {
  'room:prepare': PrepareResult;
  'room:join': JoinResult;
  'room:leave': Record<never, never>;
  'space:enter': JoinResult;
  'transport:create': { transport: TransportOptions; warmup?: DataConsumerOptions };
  'transport:connect': Record<never, never>;
  'transport:restartIce': { iceParameters: TransportOptions['iceParameters'] };
  /** `paused` is true when the server kept it paused (muted by the facilitator, or the talking stick
   *  is with someone else) although you asked for it running. */
  'producer:create': { producerId: string; paused: boolean };
  'producer:pause': Record<never, never>;
  'producer:resume': Record<never, never>;
  'producer:close': Record<never, never>;
  'consumer:create': { consumer: ConsumerOptions };
  'consumer:resume': Record<never, never>;
  'consumer:viewport': Record<never, never>;
  'peer:audioOnly': Record<never, never>;
  'chat:send': { messageId: string };
  'chat:delete': Record<never, never>;
  'reaction:send': Record<never, never>;
}

/** Session controls answer only ok / error: the new state reaches everyone through `session:room` / `session:you` / `session:waiting`. */
type SessionResults = { [E in SessionEventName]: Record<never, never> };
/** What each request answers with when it succeeds (on top of `ok: true`). */
export type ClientResults = MediaResults & SessionResults;

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
  /** The live session as everyone in the room sees it (people, queue, stick, settings): in full when
   *  you enter the room, then only the keys that changed. Times are server time. Put together with
   *  `session:you` and `session:waiting` by shared/session `assemble`. */
  'session:room': (patch: Partial<RoomView>) => void;
  /** Your own part: in the room your role, queue position and holds; waiting, whether the room is locked. */
  'session:you': (you: YouView) => void;
  /** The waiting list, to facilitating peers only: when you start facilitating, then on every change. */
  'session:waiting': (p: { waiting: WaitingEntry[] }) => void;
  /** The breakout overview (plan, rooms, who is where, help requests), to facilitating peers only. */
  'session:breakouts': (p: { breakouts: BreakoutsOverview }) => void;
  /** Something addressed to you alone: your turn, muted by the facilitator, asked to unmute, admitted,
   *  declined, removed (the server disconnects right after declined, removed and replaced). */
  'session:notice': (message: NotifyMessage) => void;
  /** Your media moved to another space of the room (a breakout, or back to the main room): your
   *  transports, producers and consumers there are closed. Load these capabilities if needed, make
   *  new transports and producers, then `space:enter`. `space` is 'main' or a breakout's id. */
  'space:moved': (p: { space: string; routerRtpCapabilities: WireRtpCapabilities }) => void;
  /** A facilitator admitted you from the waiting room: the rest of room:join's answer, now. */
  'room:entered': (result: JoinResult) => void;
  'chat:message': (message: ChatMessage) => void;
  'chat:deleted': (p: { messageId: string }) => void;
  /** The session's chat so far (kept in server memory only), sent when you enter the room. */
  'chat:history': (p: { messages: ChatMessage[] }) => void;
  /** A quiet reaction shown briefly on the sender's tile. */
  'reaction': (p: { peerId: string; reaction: Reaction }) => void;
}

/** Per-socket data the server keeps (never trusted from the client). */
export interface SocketData {
  peerId: string;
}
