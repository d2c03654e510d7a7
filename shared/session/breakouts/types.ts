// Breakout rooms as plain session data: the plan a facilitator prepares, and the rooms while they run.
// Each running room holds its own SessionState (queue, floor, stick, holds) of copies of the people in
// it; their seats stay in the main session, which is what arrivals, blocks and hand-overs look at.
import type { SessionState } from '../state';

export interface BreakoutRoomPlan {
  /** 'b1', 'b2', …: stable for the life of the plan. */
  id: string;
  name: string;
  topic: string;
}

export interface BreakoutPlan {
  rooms: BreakoutRoomPlan[];
  /** peerId → room id; peers not listed stay in the main room. */
  assignment: Record<string, string>;
  keepApart: Array<[string, string]>;
  /** null: no timer. */
  durationMs: number | null;
  warningMs: number;
  /** Members may return to the main room by themselves. */
  allowReturn: boolean;
  /** Peers who chose to stay in the main room. */
  optedOut: string[];
  /**
   * A plan prepared before the session (stored with its occurrence) names people by subject key;
   * each is placed as they come into the room, then their entry is used up (see prepared.ts).
   */
  prepared?: { assignment: Record<string, string>; keepApart: Array<[string, string]> };
}

/** A plan made before the session, for people who are not there yet: subject keys, room ids 'b1'… */
export interface PreparedPlan {
  rooms: Array<{ name?: string; topic?: string }>;
  /** subject key → room id ('b1' is the first room). */
  assignment: Record<string, string>;
  /** Pairs of subject keys. */
  keepApart: Array<[string, string]>;
  durationMs: number | null;
  warningMs?: number;
  allowReturn?: boolean;
}

export interface RunningRoom {
  id: string;
  name: string;
  topic: string;
  /** The breakout's own session: participants (copies), hand queue, floor, stick, mutes. Its own breakouts stay empty. */
  session: SessionState;
  /** Peers made host of this breakout: co-facilitators inside it, members everywhere else. */
  hosts: string[];
  helpAskedAt: number | null;
}

export interface RunningBreakouts {
  rooms: RunningRoom[];
  /** peerId → room id of everyone in a breakout (as member or visitor). */
  where: Record<string, string>;
  /** Facilitators visiting: peerId → room id. */
  visiting: Record<string, string>;
  /**
   * subjectKey → the room a person was last put in as a member: someone who leaves (closes the tab,
   * reloads) and comes back while the rooms run goes back there. Gone when they are moved to main.
   */
  homes?: Record<string, string>;
  /** Server time (ms); null: no timer. */
  endsAt: number | null;
  warned: boolean;
  warningMs: number;
  allowReturn: boolean;
}

export interface Breakouts {
  plan: BreakoutPlan | null;
  running: RunningBreakouts | null;
}

/** The space id of the main room; breakout rooms are 'b1', 'b2', … */
export const MAIN = 'main';
export const MAX_BREAKOUT_ROOMS = 50;
export const MAX_ROOM_NAME = 60;
export const MAX_ROOM_TOPIC = 200;
export const MIN_BREAKOUT_MS = 60_000;
export const MAX_BREAKOUT_MS = 4 * 3_600_000;
export const DEFAULT_BREAKOUT_WARNING_MS = 60_000;
export const MAX_BREAKOUT_WARNING_MS = 10 * 60_000;
export const MIN_BREAKOUT_EXTEND_MS = 60_000;
export const MAX_BREAKOUT_EXTEND_MS = 3_600_000;
export const MAX_BROADCAST = 300;

export const noBreakouts = (): Breakouts => ({ plan: null, running: null });
