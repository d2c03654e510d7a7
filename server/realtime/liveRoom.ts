// A live room: its session rules (LiveSession), the participants connected to it, and its media in
// spaces: the main room and each open breakout, one MediaRoom (Router) per space. Media never
// crosses spaces: a participant sees, hears and is seen only in their own space. Broadcasts go
// only to participants who have joined; someone on the prejoin screen sees and is seen by no one.
import type { PeerView, ProducerView, ServerToClientEvents } from '../../shared/protocol';
import { MAIN } from '../../shared/session';
import type { ProducerData } from '../sfu/mediaPeer';
import type { MediaRoom } from '../sfu/mediaRoom';
import type { Producer } from 'mediasoup/types';
import { ChatLog } from './chat/chatLog';
import type { Participant } from './participant';
import type { LiveSession } from './session/liveSession';
import type { Broadcast } from './types';
import type { PlanSlot } from './session/plannedBreakouts';

/** What a room last published of its session, as JSON: per space the RoomView's keys, the waiting list, the breakouts. */
export interface Published {
  rooms: Map<string, Partial<Record<string, string>>>;
  waiting: string | null;
  breakouts: string | null;
}

/** The space everyone starts in; breakouts are other spaces of the same room (shared/session's ids). */
export { MAIN };

export function producerView(p: Producer<ProducerData>): ProducerView {
  return { producerId: p.id, peerId: p.appData.peerId, kind: p.kind, source: p.appData.source, paused: p.paused };
}

export class LiveRoom {
  readonly participants = new Map<string, Participant>();
  /** Each space's chat, in memory only: a breakout's goes when it closes, the main one with the room. */
  private readonly chats = new Map<string, ChatLog>();

  private readonly spaces = new Map<string, MediaRoom>();
  private readonly opening = new Map<string, Promise<MediaRoom>>();

  /** The occurrence whose planned breakouts this session started with, until breakouts are first opened. */
  plannedFrom: PlanSlot | undefined;

  constructor(
    readonly id: string,
    /** The main room's media. */
    readonly media: MediaRoom,
    /** The session rules (waiting room, mute, queue, stick, breakouts): who is here and what they may do. */
    readonly session: LiveSession,
    private readonly broadcastTo: Broadcast = () => undefined,
    /** Creates the media of another space (a breakout) on the least-loaded worker. */
    private readonly createSpace: (space: string) => Promise<MediaRoom> = () => Promise.reject(new Error('no breakout media here')),
  ) {
    this.spaces.set(MAIN, media);
  }

  readonly published: Published = { rooms: new Map(), waiting: null, breakouts: null };

  chatIn(space: string): ChatLog {
    let log = this.chats.get(space);
    if (!log) {
      log = new ChatLog();
      this.chats.set(space, log);
    }
    return log;
  }

  /** The media of a space, if it is open. */
  mediaIn(space: string): MediaRoom | undefined {
    return this.spaces.get(space);
  }

  /** The media of a space, creating it (once, however many ask at the same time) if needed. */
  async openSpace(space: string): Promise<MediaRoom> {
    const open = this.spaces.get(space);
    if (open && !open.isClosed) return open;
    let pending = this.opening.get(space);
    if (!pending) {
      pending = this.createSpace(space).then(
        (media) => {
          this.spaces.set(space, media);
          return media;
        },
      ).finally(() => this.opening.delete(space));
      this.opening.set(space, pending);
    }
    return pending;
  }

  /** Close a breakout's media once nobody is in it (the main room's media lives as long as the room). */
  closeSpaceIfEmpty(space: string): void {
    if (space === MAIN) return;
    const media = this.spaces.get(space);
    if (!media || [...this.participants.values()].some((p) => p.space === space)) return;
    media.close();
    this.spaces.delete(space);
    this.chats.delete(space); // a breakout's chat is discarded when it closes
  }

  /** Every open space's media, the main room's first. */
  allMedia(): MediaRoom[] {
    return [...this.spaces.values()];
  }

  /** The channel of everyone visible in a space, or of the facilitating peers (room-wide). */
  channel(which: 'in' | 'facilitators', space: string = MAIN): string {
    return which === 'in' ? `${this.id}/${space}/in` : `${this.id}/facilitators`;
  }

  /** One emit, encoded once, to a channel. */
  toChannel<E extends keyof ServerToClientEvents>(channel: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.broadcastTo(channel, event, ...args);
  }

  /** Joined (visible) participants, in one space or in all. */
  joined(space?: string): Participant[] {
    return [...this.participants.values()].filter((p) => p.joined && (space === undefined || p.space === space));
  }

  peerViews(space: string): PeerView[] {
    return this.joined(space).map((p) => p.joined!.view);
  }

  /** Producers of joined participants of a space, optionally excluding one participant's own. */
  visibleProducers(space: string, exceptPeerId?: string): ProducerView[] {
    return this.joined(space)
      .filter((p) => p.peerId !== exceptPeerId)
      .flatMap((p) => p.media?.listProducers().map(producerView) ?? []);
  }

  /** Send to every joined participant of one space except `exceptPeerId`. */
  broadcastIn<E extends keyof ServerToClientEvents>(
    space: string,
    exceptPeerId: string | undefined,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    for (const p of this.joined(space)) if (p.peerId !== exceptPeerId) p.notify(event, ...args);
  }

  /** Send to every joined participant of every space except `exceptPeerId`. */
  broadcast<E extends keyof ServerToClientEvents>(
    exceptPeerId: string | undefined,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    for (const p of this.joined()) if (p.peerId !== exceptPeerId) p.notify(event, ...args);
  }
}
