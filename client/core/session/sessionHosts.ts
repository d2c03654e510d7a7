// The objects RoomSession hands to bindServerEvents (media events) and bindSessionEvents (the live
// session): what each kind of event may do to the session, in terms of its parts. Kept apart so
// the session file stays about its public actions and how its parts are wired together.
import type { MediaSource } from '../../../shared/protocol';
import type { SessionControls } from './controls';
import type { LinkLifecycle } from './linkLifecycle';
import type { EventTarget } from './serverEvents';
import type { LiveHost } from './sessionEvents';
import type { SpaceMoves } from './spaceMoves';
import type { SessionState } from './types';
import type { ViewParts } from './viewParts';

/** The parts of a RoomSession the event hosts reach. */
export interface SessionParts {
  readonly lifecycle: LinkLifecycle;
  readonly controls: SessionControls;
  readonly views: ViewParts;
  readonly moves: SpaceMoves;
  get(): SessionState;
  patch(partial: Partial<SessionState>): void;
  setLevels(levels: Record<string, number>): void;
  closeConsumer(consumerId: string): void;
  /** Our place here ended: leave with this notice. */
  leaveWith(notice: string): void;
  backToWaiting(): void;
  /** Show our own mic or camera as off, without asking the server. */
  showOff(source: MediaSource): void;
}

/** Media events (people, producers, consumers, speakers) → the session. */
export function serverEventTarget(s: SessionParts): EventTarget {
  return {
    inRoom: () => {
      const phase = s.get().phase;
      return (phase === 'joined' || phase === 'joining') && s.lifecycle.link !== null;
    },
    selfId: () => s.get().self?.peerId ?? null,
    peers: () => s.get().peers,
    setPeers: (peers) => s.patch({ peers }),
    consume: (producer) => s.lifecycle.consume(producer),
    closeConsumer: (id) => s.closeConsumer(id),
    forgetProducer: (id) => s.lifecycle.link?.forgetProducer(id),
    setActiveSpeaker: (activeSpeaker) => s.patch({ activeSpeaker }),
    setLevels: (levels) => s.setLevels(levels),
    ended: () => s.leaveWith('A facilitator removed you from this group, so you have left the session.'),
    mediaServerRestarted: () => s.lifecycle.mediaServerRestarted(),
    ownProducerPaused: (producerId) => {
      const source = s.lifecycle.link?.pauseLocally(producerId);
      if (source) s.showOff(source);
    },
  };
}

/** Live-session events (the view, notices, admission, moves, chat) → the session. */
export function sessionLiveHost(s: SessionParts): LiveHost {
  return {
    active: () => s.get().phase !== 'left',
    controls: s.controls,
    prompt: () => s.get().prompt,
    views: s.views,
    setView: (session) => s.patch({ session }),
    entered: (result) => s.lifecycle.entered(result),
    leaveWith: (text) => s.leaveWith(text),
    backToWaiting: () => s.backToWaiting(),
    showOff: (source) => s.showOff(source),
    moved: (space, caps) => s.moves.moved(space, caps),
    named: (space, name) => s.moves.named(space, name),
  };
}
