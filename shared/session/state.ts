// The JSON-plain state of one live session: what the reducer reads and returns. No Maps, Sets or
// classes, so the server can persist and broadcast it as is and clients can run the same reducer.
import type { MediaSource, RoomRole } from '../protocol';
import type { Breakouts } from './breakouts/types';

/** A per-session override of the wire role: promote a member or demote a co-facilitator for this session only. */
export type SessionRole = 'co_facilitator' | 'member';

export interface Participant {
  peerId: string;
  displayName: string;
  /** The role the server granted on join (group membership); never changed by a client. */
  role: RoomRole;
  /** Overrides `role` for this session (only for member / co_facilitator); null when unset. */
  sessionRole: SessionRole | null;
  place: 'waiting' | 'room';
  /** When the hand went up (ms), or null. The queue keeps the order; this is for display. */
  handRaisedAt: number | null;
  /** Set when a facilitator paused this source; blocks self-unmute until a facilitator asks to unmute. */
  mutedBy: Record<MediaSource, boolean>;
  connected: boolean;
  /** When the connection dropped (ms); null while connected. The seat is kept SEAT_KEEP_MS for a return. */
  disconnectedAt: number | null;
  joinedAt: number;
  /** Stable identity supplied by the server (account or invite), so a block survives a new peer id. */
  subjectKey: string;
}

export interface Settings {
  waitingRoom: boolean;
  locked: boolean;
  floor: 'open' | 'stick';
  turnMs: number;
  /** At turn expiry: pass to the next speaker (true) or wait for a facilitator to skip (false). */
  autoPass: boolean;
}

export interface Stick {
  speaker: string;
  endsAt: number;
  warned: boolean;
  /** The turn ran out and autoPass is off: the speaker keeps the floor until a facilitator skips or extends. */
  awaitingConfirm: boolean;
}

export interface SessionState {
  participants: Record<string, Participant>;
  settings: Settings;
  /** Peer ids with raised hands, in speaking order (raise order unless a facilitator reordered). */
  queue: string[];
  /** Null when nobody holds the stick: the floor is with the facilitators. */
  stick: Stick | null;
  /** A round being walked: the peers still to speak, in order. Takes precedence over the queue. */
  round: { remaining: string[] } | null;
  /** When the last lead facilitator went away (ms), for the handover grace period; null while one is present. */
  facilitatorAbsentSince: number | null;
  /** A lead has been present this session: only then can one be "away" (before, the room just waits to start). */
  facilitated: boolean;
  /** subjectKeys removed with a block: refused on arrival for the rest of the session. */
  blocked: string[];
  /** Breakout rooms: the plan, and the rooms while they run (see breakouts/). */
  breakouts: Breakouts;
}

export const DEFAULT_TURN_MS = 180_000;
export const WARNING_MS = 30_000;
export const GRACE_MS = 30_000;
/** How long a dropped connection's seat waits for its person (unless a facilitator's hold keeps it). */
export const SEAT_KEEP_MS = 5 * 60_000;
export const MIN_TURN_MS = 10_000;
export const MAX_TURN_MS = 3_600_000;
export const MAX_EXTEND_MS = 1_800_000;
export const MAX_DECLINE_MESSAGE = 200;

export function createSession(settings: Partial<Settings> = {}): SessionState {
  return {
    participants: {},
    settings: { waitingRoom: true, locked: false, floor: 'open', turnMs: DEFAULT_TURN_MS, autoPass: true, ...settings },
    queue: [],
    stick: null,
    round: null,
    facilitatorAbsentSince: null,
    facilitated: false,
    blocked: [],
    breakouts: { plan: null, running: null },
  };
}

/** Immutable update of one participant; callers have already checked that it exists. */
export function patchParticipant(state: SessionState, peerId: string, patch: Partial<Participant>): SessionState {
  const current = state.participants[peerId];
  if (!current) return state;
  return { ...state, participants: { ...state.participants, [peerId]: { ...current, ...patch } } };
}

export function withoutParticipant(state: SessionState, peerId: string): SessionState {
  const { [peerId]: _gone, ...rest } = state.participants;
  return { ...state, participants: rest };
}

export function inRoom(state: SessionState): Participant[] {
  return Object.values(state.participants).filter((p) => p.place === 'room');
}

/** A participant may speak or be given the floor only while present in the room. */
export function isPresent(p: Participant | undefined): p is Participant {
  return p !== undefined && p.place === 'room' && p.connected;
}
