// `session:notice` → what the member sees. Each notice kind reads as one line here; the words
// are kind and plain, because these moments (declined, removed, muted) can sting.
import type { MediaSource, RoomRole } from '../../../shared/protocol';
import type { NotifyMessage } from '../../../shared/session';
import { broadcastText, CLOSED_TEXT, goToLabel, helpText, movedText } from './breakouts';
import { ROOM_ROLE_LABELS } from './floor';
import type { Prompt, ToastAction } from './types';

/** What a notice may do to the session. */
export interface NoticeTarget {
  /** Leave the session for good with this explanation (the server disconnects us next). */
  leaveWith(text: string): void;
  /** Back to the waiting room: drop everyone's media, keep ours ready. */
  backToWaiting(): void;
  /** Show our own mic or camera as off (the server already paused it). */
  showOff(source: MediaSource): void;
  prompt(next: Prompt | null): void;
  currentPrompt(): Prompt | null;
  toast(text: string, action?: ToastAction): void;
  /** The space ('main' or a breakout id) we are moving to or are in is called `name`. */
  named(space: string, name: string): void;
}

export function declinedText(message: string): string {
  const reason = message.trim();
  return reason ? `The facilitator could not let you in this time: ${reason}` : 'The facilitator could not let you in this time.';
}

export function removedText(blocked: boolean): string {
  return blocked
    ? 'A facilitator asked you to leave this session, and you will not be able to rejoin it today. Please take care of yourself.'
    : 'A facilitator asked you to leave this session. Please take care of yourself.';
}

export const REPLACED_TEXT = 'You joined from another tab or device, so this one has left the session.';

export function mutedText(source: MediaSource): string {
  return source === 'mic' ? 'Muted by the facilitator' : 'The facilitator turned your camera off';
}

export function roleText(role: RoomRole): string {
  if (role === 'member') return 'You are now taking part as a member.';
  if (role === 'co_facilitator') return 'You are now a co-facilitator for this session.';
  const label = ROOM_ROLE_LABELS[role];
  return `You are now the ${label.toLowerCase()} of this session.`;
}

export function applyNotice(message: NotifyMessage, t: NoticeTarget): void {
  switch (message.kind) {
    case 'your_turn':
      t.prompt({ kind: 'your_turn', endsAt: message.endsAt });
      return;
    case 'turn_warning':
      t.toast('About 30 seconds left in your turn.');
      return;
    case 'turn_over':
      if (t.currentPrompt()?.kind === 'your_turn') t.prompt(null);
      return;
    case 'muted_by_facilitator':
      t.showOff(message.source);
      if (t.currentPrompt()?.kind === 'ask_to_unmute') t.prompt(null);
      t.toast(mutedText(message.source));
      return;
    case 'ask_to_unmute':
      t.prompt({ kind: 'ask_to_unmute', source: message.source });
      return;
    case 'admitted':
      return; // room:entered carries the room itself
    case 'sent_to_waiting':
      t.backToWaiting();
      return;
    case 'declined':
      t.leaveWith(declinedText(message.message));
      return;
    case 'removed':
      t.leaveWith(removedText(message.blocked));
      return;
    case 'replaced':
      t.leaveWith(REPLACED_TEXT);
      return;
    case 'role_changed':
      t.toast(roleText(message.role));
      return;
    case 'breakout_opened':
      // The move itself shows "Moving to …", then the room's banner: no toast on top.
      t.named(message.roomId, message.name);
      return;
    case 'breakout_moved':
      t.named(message.to, message.name);
      t.toast(movedText(message.to, message.name));
      return;
    case 'breakout_closing':
      return; // the room's view says `warned`: the banner shows the warning with the time left
    case 'breakout_closed':
      t.toast(CLOSED_TEXT);
      return;
    case 'breakout_broadcast':
      t.toast(broadcastText(message.from, message.message));
      return;
    case 'help_asked':
      t.toast(helpText(message.name), { label: goToLabel(message.name), visit: message.roomId });
      return;
  }
}
