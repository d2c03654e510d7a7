// What the server must do after a successful reduce. The reducer only states intent; the shell
// applies it to mediasoup and sockets. Nothing here ever turns a microphone or camera on.
import type { ErrorCode, MediaSource, RoomRole } from '../protocol';
import type { SessionState } from './state';

export type NotifyMessage =
  | { kind: 'your_turn'; endsAt: number }
  | { kind: 'turn_warning'; endsAt: number }
  | { kind: 'turn_over' }
  | { kind: 'muted_by_facilitator'; source: MediaSource }
  | { kind: 'ask_to_unmute'; source: MediaSource }
  | { kind: 'admitted' }
  | { kind: 'sent_to_waiting' }
  | { kind: 'declined'; message: string }
  | { kind: 'removed'; blocked: boolean }
  /** The same person joined again from elsewhere (another tab or device): this connection is closed. */
  | { kind: 'replaced' }
  | { kind: 'role_changed'; role: RoomRole }
  /** You are now in this breakout (it opened with you in it). endsAt is server time; null: no timer. */
  | { kind: 'breakout_opened'; roomId: string; name: string; topic: string; endsAt: number | null }
  /** A facilitator moved you: to a breakout (its id) or back to the main room ('main'). */
  | { kind: 'breakout_moved'; to: string; name: string }
  | { kind: 'breakout_closing'; endsAt: number }
  /** Breakouts are over: you are back in the main room. */
  | { kind: 'breakout_closed' }
  | { kind: 'breakout_broadcast'; message: string; from: string }
  /** To facilitators: someone in this breakout asked for help. */
  | { kind: 'help_asked'; roomId: string; name: string };

export type Effect =
  | { type: 'pauseProducer'; peerId: string; source: MediaSource }
  /** The peer MAY resume this producer now; the client decides. Never a forced unmute. */
  | { type: 'resumeProducerAllowed'; peerId: string; source: MediaSource }
  | { type: 'notify'; peerId: string; message: NotifyMessage }
  | { type: 'closePeer'; peerId: string }
  | { type: 'scheduleTick'; at: number }
  /** Move this peer's media to a space: a breakout room id or 'main'. Their signalling stays. */
  | { type: 'moveToSpace'; peerId: string; space: string };

export interface SessionError {
  code: Extract<ErrorCode, 'not_authorized' | 'conflict' | 'not_found' | 'invalid_payload'>;
  message: string;
}

export type ReduceResult = { error: SessionError } | { state: SessionState; effects: Effect[] };

export const ok = (state: SessionState, effects: Effect[] = []): ReduceResult => ({ state, effects });
export const fail = (code: SessionError['code'], message: string): ReduceResult => ({ error: { code, message } });
export const notify = (peerId: string, message: NotifyMessage): Effect => ({ type: 'notify', peerId, message });
