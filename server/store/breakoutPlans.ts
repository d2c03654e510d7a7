// Breakouts planned before a session: one plan per occurrence of a series (by its slot, the
// original local start, so a moved occurrence keeps its plan), as JSON text checked on every read.
// A damaged row is reported by id and treated as no plan, never fatal. Whether the people and the
// occurrence make sense is the API's call, made before anything is written.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { breakoutPlanBody } from '../../shared/api/breakoutPlan';
import type { BreakoutPlansTable, Database } from './schema';
import { isoTime } from './time';

/** A plan as stored: rooms, membershipId → room index, keep-apart pairs of membership ids, timer. */
export type BreakoutPlanInput = z.output<typeof breakoutPlanBody>;

export interface BreakoutPlanRecord extends BreakoutPlanInput {
  id: string;
  seriesId: string;
  slot: string;
  updatedAt: string;
  /** When breakouts were first opened in this occurrence's live session; null until then (and after a new save). */
  openedAt: string | null;
}

/** What is stored for one occurrence: a readable plan, a damaged row (by id), or nothing. */
export interface BreakoutPlanRead {
  plan: BreakoutPlanRecord | undefined;
  /** The id of a row that exists but could not be read. */
  damaged: string | undefined;
}

/** Empty names and topics are left out (the session names such a room "Circle n"). */
function planText(plan: BreakoutPlanInput): string {
  const rooms = plan.rooms.map((r) => ({ ...(r.name ? { name: r.name } : {}), ...(r.topic ? { topic: r.topic } : {}) }));
  return JSON.stringify({
    rooms,
    assignment: plan.assignment,
    keepApart: plan.keepApart,
    durationMinutes: plan.durationMinutes,
    allowReturn: plan.allowReturn,
  });
}

function toRecord(row: Selectable<BreakoutPlansTable>): BreakoutPlanRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(row.plan);
  } catch {
    return undefined;
  }
  const parsed = breakoutPlanBody.safeParse(json);
  if (!parsed.success) return undefined;
  return { id: row.id, seriesId: row.series_id, slot: row.slot, updatedAt: row.updated_at, openedAt: row.opened_at, ...parsed.data };
}

/** Saves the occurrence's plan, replacing any it had (the row keeps its id); a new plan is not opened yet. */
export async function save(db: Kysely<Database>, seriesId: string, slot: string, plan: BreakoutPlanInput, now: () => number): Promise<BreakoutPlanRecord> {
  const values = { plan: planText(plan), updated_at: isoTime(now()), opened_at: null };
  const row = await db
    .insertInto('breakout_plans')
    .values({ id: randomUUID(), series_id: seriesId, slot, ...values })
    .onConflict((oc) => oc.columns(['series_id', 'slot']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  const record = toRecord(row);
  if (!record) throw new Error('a breakout plan could not be read back right after it was written');
  return record;
}

export async function bySlot(db: Kysely<Database>, seriesId: string, slot: string): Promise<BreakoutPlanRead> {
  const row = await db.selectFrom('breakout_plans').selectAll().where('series_id', '=', seriesId).where('slot', '=', slot).executeTakeFirst();
  if (!row) return { plan: undefined, damaged: undefined };
  const plan = toRecord(row);
  return plan ? { plan, damaged: undefined } : { plan: undefined, damaged: row.id };
}

/** Breakouts were opened in the occurrence's live session: the first time counts. False when it has no plan. */
export async function markOpened(db: Kysely<Database>, seriesId: string, slot: string, at: number): Promise<boolean> {
  const result = await db
    .updateTable('breakout_plans')
    .set({ opened_at: isoTime(at) })
    .where('series_id', '=', seriesId)
    .where('slot', '=', slot)
    .where('opened_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Every plan of the group's series; damaged rows by id (left out of `plans`). */
export async function listForGroup(db: Kysely<Database>, groupId: string): Promise<{ plans: BreakoutPlanRecord[]; damaged: string[] }> {
  const rows = await db
    .selectFrom('breakout_plans')
    .innerJoin('series', 'series.id', 'breakout_plans.series_id')
    .selectAll('breakout_plans')
    .where('series.group_id', '=', groupId)
    .orderBy('breakout_plans.series_id')
    .orderBy('breakout_plans.slot')
    .execute();
  const plans: BreakoutPlanRecord[] = [];
  const damaged: string[] = [];
  for (const row of rows) {
    const plan = toRecord(row);
    if (plan) plans.push(plan);
    else damaged.push(row.id);
  }
  return { plans, damaged };
}

/** Drops the occurrence's plan, readable or not; false if it had none. */
export async function remove(db: Kysely<Database>, seriesId: string, slot: string): Promise<boolean> {
  const result = await db.deleteFrom('breakout_plans').where('series_id', '=', seriesId).where('slot', '=', slot).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
