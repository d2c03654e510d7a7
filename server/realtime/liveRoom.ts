// A live room: its media (MediaRoom), its session rules (LiveSession) and the participants connected to it. Broadcasts go only to
// participants who have joined; someone still on the prejoin screen sees and is seen by no one.
import type { PeerView, ProducerView, ServerToClientEvents } from '../../shared/protocol';
import type { ProducerData } from '../sfu/mediaPeer';
import type { MediaRoom } from '../sfu/mediaRoom';
import type { Producer } from 'mediasoup/types';
import { ChatLog } from './chat/chatLog';
import type { Participant } from './participant';
import type { LiveSession } from './session/liveSession';
import type { Broadcast } from './types';

/** What a room last published of its session (RoomView keys and the waiting list, as JSON). */
export interface Published {
  room: Partial<Record<string, string>>;
  waiting: string | null;
}

export function producerView(p: Producer<ProducerData>): ProducerView {
  return { producerId: p.id, peerId: p.appData.peerId, kind: p.kind, source: p.appData.source, paused: p.paused };
}

export class LiveRoom {
  readonly participants = new Map<string, Participant>();
  /** The session's chat, in memory only: it goes when the room closes. */
  readonly chat = new ChatLog();

  constructor(
    readonly id: string,
    readonly media: MediaRoom,
    /** The session rules (waiting room, mute, queue, stick): who is here and what they may do. */
    readonly session: LiveSession,
    private readonly broadcastTo: Broadcast = () => undefined,
  ) {}

  readonly published: Published = { room: {}, waiting: null };

  /** The channel of everyone visible in the room, or of the facilitating peers among them. */
  channel(which: 'in' | 'facilitators'): string {
    return `${this.id}/${which}`;
  }

  /** One emit, encoded once, to a channel. */
  toChannel<E extends keyof ServerToClientEvents>(which: 'in' | 'facilitators', event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.broadcastTo(this.channel(which), event, ...args);
  }

  joined(): Participant[] {
    return [...this.participants.values()].filter((p) => p.joined);
  }

  peerViews(): PeerView[] {
    return this.joined().map((p) => p.joined!.view);
  }

  /** Producers of joined participants, optionally excluding one participant's own. */
  visibleProducers(exceptPeerId?: string): ProducerView[] {
    return this.joined()
      .filter((p) => p.peerId !== exceptPeerId)
      .flatMap((p) => p.media?.listProducers().map(producerView) ?? []);
  }

  /** Send to every joined participant except `exceptPeerId`. */
  broadcast<E extends keyof ServerToClientEvents>(
    exceptPeerId: string | undefined,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    for (const p of this.joined()) if (p.peerId !== exceptPeerId) p.notify(event, ...args);
  }
}
