// Moving between the spaces of one room (the main room and its breakouts) without leaving it. The
// server has closed our transports in the old space and sent `space:moved`: we say "Moving to …",
// drop everyone we saw there, and enter the new space on the same connection and the same Device
// with our camera and microphone still open. A failed entry is retried like a setup; a new
// connection forgets the move (the server puts a reconnecting peer in the main room).
import type { JoinResult, WireRtpCapabilities } from '../../../shared/protocol';
import type { Signalling } from '../signalling';
import { spaceName } from './breakouts';
import type { MediaLink } from './mediaLink';
import type { SessionState } from './types';
import type { ViewParts } from './viewParts';

/** What a move needs of the RoomSession. */
export interface MoveHost {
  readonly signalling: Signalling;
  readonly views: ViewParts;
  get(): SessionState;
  patch(partial: Partial<SessionState>): void;
  /** What we saw of the old space goes: people, their media, chat, reactions, prompts, its view. */
  leaveSpace(): void;
  /** The one way into a space (open transports, publish, enter) on a fresh link of this connection. */
  goLive(open: (link: MediaLink) => Promise<void>, enter: (link: MediaLink) => Promise<void>): Promise<void>;
  /** A JoinResult: people, then their media (as for room:join). */
  enter(link: MediaLink, result: JoinResult): Promise<void>;
  /** False once a newer setup or move replaced this link. */
  isCurrent(link: MediaLink): boolean;
}

export class SpaceMoves {
  private target: { space: string; caps: WireRtpCapabilities } | null = null;

  constructor(private readonly host: MoveHost) {}

  /** A move is under way: a retry enters that space rather than starting over. */
  get pending(): boolean {
    return this.target !== null;
  }

  moved(space: string, caps: WireRtpCapabilities): void {
    const phase = this.host.get().phase;
    if (phase !== 'joined' && phase !== 'joining') return;
    this.target = { space, caps };
    this.host.leaveSpace();
    this.host.patch({ moving: { to: space, name: spaceName(space, this.host.views.overview()) } });
    void this.enter();
  }

  /** A notice named the space we are moving to (it follows the move a moment later). */
  named(space: string, name: string): void {
    const moving = this.host.get().moving;
    if (moving && moving.to === space && moving.name !== name) this.host.patch({ moving: { to: space, name } });
  }

  /** New transports in the target space (the Device stays), our media, then `space:enter`. */
  async enter(): Promise<void> {
    const target = this.target;
    if (!target) return;
    await this.host.goLive(
      (link) => link.reopen(target.caps),
      async (link) => {
        const result = await this.host.signalling.request('space:enter', {
          rtpCapabilities: link.recvRtpCapabilities,
          recvTransportId: link.recvTransportId,
        });
        if (link.closed) return;
        this.target = null;
        await this.host.enter(link, result);
        if (this.host.isCurrent(link)) this.host.patch({ moving: null });
      },
    );
  }

  /** A new connection, a give-up, or we left: whatever move was under way is over. */
  forget(): void {
    this.target = null;
    if (this.host.get().moving) this.host.patch({ moving: null });
  }
}
