// A connected socket's place in the live system: which room it is in (if any), its media, and
// whether it has joined (visible to others) or is still on the prejoin screen (invisible).
import type { RtpCapabilities } from 'mediasoup/types';
import type { PeerView } from '../../shared/protocol';
import type { MediaPeer } from '../sfu/mediaPeer';
import { AppError, notAuthorized } from './errors';
import type { Identity } from './identity';
import type { LiveRoom } from './liveRoom';
import type { Arrival } from './session/presence';
import type { PendingReveal } from './session/reveal';
import type { Channels, Notify } from './types';

export interface Joined {
  view: PeerView;
  rtpCapabilities: RtpCapabilities;
}

export class Participant {
  room: LiveRoom | undefined;
  /** Which space of the room the participant's media is in: 'main' or a breakout's id. */
  space = 'main';
  media: MediaPeer | undefined;
  /** Set by room:join: the participant has a seat in the session (waiting or in the room). */
  arrival: Arrival | undefined;
  /** Set while visible in the room (admitted); unset while waiting. */
  joined: Joined | undefined;
  /** Joined, but their own media is not announced yet (session/reveal.ts). */
  pendingReveal: PendingReveal | undefined;
  audioOnly = false;
  /** What this connection was last sent of the session (its YouView as JSON), so only changes go out. */
  sentYou: string | null = null;
  /** The channels joined, to leave them all when the participant leaves the room. */
  private readonly joinedChannels = new Set<string>();

  constructor(
    readonly peerId: string,
    readonly identity: Identity,
    readonly notify: Notify,
    /** Drop the connection (after telling the client why, through notify). */
    readonly disconnect: () => void,
    private readonly channels: Channels = { join: () => undefined, leave: () => undefined },
  ) {}

  inChannel(channel: string): boolean {
    return this.joinedChannels.has(channel);
  }

  /** Join or leave a channel; true when that changed anything. */
  setChannel(channel: string, member: boolean): boolean {
    if (member === this.joinedChannels.has(channel)) return false;
    if (member) {
      this.joinedChannels.add(channel);
      this.channels.join(channel);
    } else {
      this.joinedChannels.delete(channel);
      this.channels.leave(channel);
    }
    return true;
  }

  /** The room and media of a participant that has called room:prepare. */
  inRoom(): { room: LiveRoom; media: MediaPeer } {
    if (!this.room || !this.media) throw new AppError('not_authorized', 'open a room first (room:prepare)');
    return { room: this.room, media: this.media };
  }

  /** As inRoom(), and the participant must have joined (be visible in the room). */
  inRoomJoined(): { room: LiveRoom; media: MediaPeer; joined: Joined } {
    const r = this.inRoom();
    if (!this.joined) throw notAuthorized('join the room first (room:join)');
    return { ...r, joined: this.joined };
  }

  /** Forget the room (its media is closed by whoever calls this). */
  reset(): void {
    this.room = undefined;
    this.space = 'main';
    this.media = undefined;
    this.arrival = undefined;
    this.joined = undefined;
    if (this.pendingReveal) clearTimeout(this.pendingReveal.timer);
    this.pendingReveal = undefined;
    this.audioOnly = false;
    this.sentYou = null;
    for (const channel of [...this.joinedChannels]) this.setChannel(channel, false);
  }
}
