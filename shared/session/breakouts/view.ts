// What people see of breakouts. Everyone in a breakout shares its RoomBreakoutView (name, topic,
// countdown, who visits and who hosts); facilitators of the session also get the overview of all
// rooms and the plan, for the planner and the live overview.
import type { RoomRole } from '../../protocol';
import { effectiveRole } from '../roles';
import type { Participant, SessionState } from '../state';
import { findRoom } from './spaces';
import type { BreakoutPlan, RunningRoom } from './types';

/** The breakout a space is: the same for everyone in it. endsAt is server time (null: no timer). */
export interface RoomBreakoutView {
  id: string;
  name: string;
  topic: string;
  endsAt: number | null;
  warned: boolean;
  allowReturn: boolean;
  helpAskedAt: number | null;
  /** Facilitators here as visitors, not members. */
  visitors: string[];
  hosts: string[];
}

/** The breakout as one person sees it: whether they visit it or host it. */
export interface YourBreakoutView extends RoomBreakoutView {
  visiting: boolean;
  host: boolean;
}

export interface BreakoutsOverview {
  rooms: Array<{
    id: string;
    name: string;
    topic: string;
    helpAskedAt: number | null;
    /** `role`: the person's role in the session (main room), so the panel offers "host" to members only. */
    people: Array<{ peerId: string; displayName: string; role: RoomRole; visiting: boolean; host: boolean; connected: boolean }>;
  }>;
  endsAt: number | null;
  warned: boolean;
  /** The planner needs it also while nothing runs. */
  plan: BreakoutPlan | null;
}

const mainRole = (state: SessionState, p: Participant): RoomRole => {
  const seat = state.participants[p.peerId];
  return seat ? effectiveRole(seat) : p.role;
};

const people = (room: RunningRoom) =>
  Object.values(room.session.participants).sort((a, b) => a.joinedAt - b.joinedAt || a.peerId.localeCompare(b.peerId));

export function roomBreakoutView(state: SessionState, roomId: string): RoomBreakoutView | null {
  const running = state.breakouts.running;
  const room = findRoom(state, roomId);
  if (!running || !room) return null;
  return {
    id: room.id, name: room.name, topic: room.topic, endsAt: running.endsAt, warned: running.warned, allowReturn: running.allowReturn,
    helpAskedAt: room.helpAskedAt,
    visitors: people(room).filter((p) => running.visiting[p.peerId] === room.id).map((p) => p.peerId),
    hosts: [...room.hosts],
  };
}

export const yourBreakout = (b: RoomBreakoutView, peerId: string): YourBreakoutView =>
  ({ ...b, visiting: b.visitors.includes(peerId), host: b.hosts.includes(peerId) });

export function breakoutsOverview(state: SessionState): BreakoutsOverview {
  const running = state.breakouts.running;
  return {
    rooms: (running?.rooms ?? []).map((room) => ({
      id: room.id, name: room.name, topic: room.topic, helpAskedAt: room.helpAskedAt,
      people: people(room).map((p) => ({
        peerId: p.peerId, displayName: p.displayName, role: mainRole(state, p), visiting: running?.visiting[p.peerId] === room.id,
        host: room.hosts.includes(p.peerId), connected: p.connected,
      })),
    })),
    endsAt: running?.endsAt ?? null,
    warned: running?.warned ?? false,
    plan: state.breakouts.plan,
  };
}
