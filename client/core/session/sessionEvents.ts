// Live-session notifications (the session view in its parts, notices addressed to us, admission,
// moves between spaces, chat, reactions) → session updates. Media events live in serverEvents.ts.
import type { JoinResult, MediaSource, ServerToClientEvents, WireRtpCapabilities } from '../../../shared/protocol';
import type { SessionView, WaitingView } from '../../../shared/session';
import type { Signalling } from '../signalling';
import type { SessionControls } from './controls';
import { applyNotice, type NoticeTarget } from './notices';
import type { Prompt } from './types';
import type { ViewParts } from './viewParts';

/** What the live session may do to a RoomSession. */
export interface LiveHost {
  /** False once we left: late events are not ours any more. */
  active(): boolean;
  readonly controls: SessionControls;
  prompt(): Prompt | null;
  readonly views: ViewParts;
  setView(view: SessionView | WaitingView | null): void;
  entered(result: JoinResult): void;
  leaveWith(text: string): void;
  backToWaiting(): void;
  showOff(source: MediaSource): void;
  /** Our media moved to another space (breakouts): rebuild it there. */
  moved(space: string, routerRtpCapabilities: WireRtpCapabilities): void;
  /** A notice named the space we move to or are in. */
  named(space: string, name: string): void;
}

export function bindSessionEvents(signalling: Signalling, host: LiveHost): Array<() => void> {
  const off: Array<() => void> = [];
  const on = <E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): void => {
    off.push(signalling.on(event, handler));
  };
  const when = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A): void => {
    if (host.active()) fn(...args);
  };
  const c = host.controls;
  const notices: NoticeTarget = {
    leaveWith: (text) => host.leaveWith(text),
    backToWaiting: () => host.backToWaiting(),
    showOff: (source) => host.showOff(source),
    prompt: (prompt) => c.setPrompt(prompt),
    currentPrompt: () => host.prompt(),
    toast: (text, action) => c.toast(text, action),
    named: (space, name) => host.named(space, name),
  };
  on('session:room', when((patch) => host.setView(host.views.patchRoom(patch))));
  on('session:you', when((you) => host.setView(host.views.setYou(you))));
  on('session:waiting', when(({ waiting }) => host.setView(host.views.setWaiting(waiting))));
  on('session:breakouts', when(({ breakouts }) => host.setView(host.views.setBreakouts(breakouts))));
  on('session:notice', when((message) => applyNotice(message, notices)));
  on('space:moved', when(({ space, routerRtpCapabilities }) => host.moved(space, routerRtpCapabilities)));
  on('room:entered', when((result) => host.entered(result)));
  on('chat:history', when(({ messages }) => c.onChatHistory(messages)));
  on('chat:message', when((message) => c.onChatMessage(message)));
  on('chat:deleted', when(({ messageId }) => c.onChatDeleted(messageId)));
  on('reaction', when(({ peerId, reaction }) => c.onReaction(peerId, reaction)));
  return off;
}
