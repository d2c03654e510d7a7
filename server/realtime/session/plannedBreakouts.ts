// Breakouts planned before the session (issue 5): when a group's live room opens during an
// occurrence's join window, the plan stored for that occurrence becomes shared/session's
// PreparedPlan, so the session starts with it and places each person as they come in.
import type { PreparedPlan } from '../../../shared/session';
import { groupIdOfRoom } from '../../auth/joinTokens';
import type { Logger } from '../../log';
import { openOccurrence } from '../../schedule/openOccurrence';
import { membershipKey } from '../identity';
import type { BreakoutPlanInput, Store } from '../../store';

const MINUTE_MS = 60_000;
/**
 * Facilitators often open the room well before members may join: a room opened this early for an
 * occurrence already starts with its plan (members still wait for their join window).
 */
export const PLAN_EARLY_MINUTES = 60;

/** The stored plan as the session takes it: people by subject key, rooms by id ('b1' is the first). */
export function toPreparedPlan(plan: BreakoutPlanInput): PreparedPlan {
  return {
    rooms: plan.rooms.map((r) => ({ ...(r.name ? { name: r.name } : {}), ...(r.topic ? { topic: r.topic } : {}) })),
    // A room index the plan lacks would be ignored by the session; it is not passed on at all.
    assignment: Object.fromEntries(
      Object.entries(plan.assignment)
        .filter(([, room]) => room < plan.rooms.length)
        .map(([membershipId, room]) => [membershipKey(membershipId), `b${room + 1}`]),
    ),
    keepApart: plan.keepApart.map(([a, b]): [string, string] => [membershipKey(a), membershipKey(b)]),
    durationMs: plan.durationMinutes === null ? null : plan.durationMinutes * MINUTE_MS,
    allowReturn: plan.allowReturn,
  };
}

/** Which occurrence a prepared plan belongs to, to record when its breakouts are opened. */
export interface PlanSlot {
  seriesId: string;
  slot: string;
}

export interface PlannedForRoom {
  prepared: PreparedPlan;
  from: PlanSlot;
}

export interface PlanSource {
  store: Store;
  /** Minutes before an occurrence starts that its room opens (the join window of the API). */
  joinEarlyMinutes: number;
  logger?: Logger;
}

/**
 * The plan prepared for the occurrence of this room that is near at `at` (start − the longer of
 * joinEarlyMinutes and PLAN_EARLY_MINUTES ≤ at < end, not cancelled), if the room is a group's and
 * that occurrence has one whose breakouts have not been opened yet (a room that empties and opens
 * again in the same session does not offer it twice). Damaged rows are logged by id and treated as no plan.
 */
export async function plannedBreakouts({ store, joinEarlyMinutes, logger }: PlanSource, roomId: string, at: number): Promise<PlannedForRoom | undefined> {
  const groupId = groupIdOfRoom(roomId);
  if (groupId === null) return undefined;
  const { series, damaged } = await store.series.listForGroup(groupId);
  if (damaged.length > 0) logger?.error({ groupId, seriesIds: damaged }, 'stored series could not be read; left out');
  const { open, failed } = openOccurrence(series, at, Math.max(joinEarlyMinutes, PLAN_EARLY_MINUTES));
  if (failed.length > 0) logger?.error({ groupId, seriesIds: failed }, 'stored series no longer expand; left out');
  if (!open) return undefined;
  const read = await store.breakoutPlans.bySlot(open.seriesId, open.slot);
  if (read.damaged) logger?.error({ groupId, seriesId: open.seriesId, planId: read.damaged }, 'a stored breakout plan could not be read; the session starts without it');
  if (!read.plan || read.plan.openedAt !== null) return undefined;
  return { prepared: toPreparedPlan(read.plan), from: { seriesId: open.seriesId, slot: open.slot } };
}
