// The planner's form as plain data: what the facilitator is preparing, and the `breakout:plan`
// payload it becomes. Room names start as "Circle 1..N"; an empty topic is left out. The room and
// keep-apart helpers are generic, so the plan for a scheduled session (OccurrencePlanEditor) shares them.
import type { ClientPayload } from '../../../shared/protocol';
import { defaultRoomName, type BreakoutPlan } from '../../../shared/session';
import { DEFAULT_WARNING_MS, MAX_ROOMS } from './labels';

export interface RoomDraft {
  name: string;
  topic: string;
}

export interface PlanDraft {
  rooms: RoomDraft[];
  mode: 'auto' | 'manual';
  durationMs: number | null;
  warningMs: number;
  allowReturn: boolean;
  keepApart: Array<[string, string]>;
}

/** What the room fields and the keep-apart pairs edit, in any plan draft. */
export interface WithRooms {
  rooms: RoomDraft[];
}
export interface WithPairs {
  keepApart: Array<[string, string]>;
}

const defaultRoom = (i: number): RoomDraft => ({ name: defaultRoomName(i + 1), topic: '' });

/** A new draft, or the current plan's settings to adjust. */
export function draftFrom(plan: BreakoutPlan | null): PlanDraft {
  if (!plan) return { rooms: [defaultRoom(0), defaultRoom(1)], mode: 'auto', durationMs: null, warningMs: DEFAULT_WARNING_MS, allowReturn: true, keepApart: [] };
  return {
    rooms: plan.rooms.map((r) => ({ name: r.name, topic: r.topic })),
    mode: 'auto',
    durationMs: plan.durationMs,
    warningMs: plan.warningMs,
    allowReturn: plan.allowReturn,
    keepApart: plan.keepApart.map(([a, b]): [string, string] => [a, b]),
  };
}

/** Grows or shrinks the list of rooms to `count` (1..MAX_ROOMS), keeping what was typed. */
export function withRoomCount<D extends WithRooms>(draft: D, count: number): D {
  const n = Math.min(MAX_ROOMS, Math.max(1, Math.floor(count) || 1));
  const rooms = Array.from({ length: n }, (_, i) => draft.rooms[i] ?? defaultRoom(i));
  return { ...draft, rooms };
}

export function withRoom<D extends WithRooms>(draft: D, index: number, patch: Partial<RoomDraft>): D {
  return { ...draft, rooms: draft.rooms.map((r, i) => (i === index ? { ...r, ...patch } : r)) };
}

const samePair = (p: readonly [string, string], a: string, b: string): boolean => (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);

export const hasPair = (draft: WithPairs, a: string, b: string): boolean => draft.keepApart.some((p) => samePair(p, a, b));

export function withPair<D extends WithPairs>(draft: D, a: string, b: string): D {
  if (!a || !b || a === b || hasPair(draft, a, b)) return draft;
  return { ...draft, keepApart: [...draft.keepApart, [a, b]] };
}

export function withoutPair<D extends WithPairs>(draft: D, a: string, b: string): D {
  return { ...draft, keepApart: draft.keepApart.filter((p) => !samePair(p, a, b)) };
}

export function planPayload(draft: PlanDraft): ClientPayload<'breakout:plan'> {
  return {
    rooms: draft.rooms.map((r) => {
      const name = r.name.trim();
      const topic = r.topic.trim();
      return { ...(name ? { name } : {}), ...(topic ? { topic } : {}) };
    }),
    mode: draft.mode,
    keepApart: draft.keepApart,
    durationMs: draft.durationMs,
    warningMs: draft.warningMs,
    allowReturn: draft.allowReturn,
  };
}
