// A group's scheduled sessions: each row is one shared/schedule Series (rule, cancellations,
// moves) as JSON text. Rows are checked on every read, so a damaged one is reported by id and
// skipped instead of breaking the group's whole schedule. Whether a rule makes sense (zones,
// gaps, contradictions) is shared/schedule's call, made by the API before anything is written.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Updateable } from 'kysely';
import { z } from 'zod';
import { localDateTimeSchema, scheduleRuleSchema } from '../../shared/api/schedule';
import type { Series } from '../../shared/schedule';
import type { Database, SeriesTable } from './schema';
import { isoTime } from './time';

export interface SeriesRecord {
  id: string;
  groupId: string;
  title: string;
  description: string;
  schedule: Series;
  /** The staff membership that scheduled it; undefined once that membership is gone. */
  createdBy: string | undefined;
  createdAt: string;
  updatedAt: string;
  endedAt: string | undefined;
}

export interface NewSeries {
  groupId: string;
  title: string;
  description: string;
  schedule: Series;
  createdBy: string;
}

export interface SeriesChanges {
  title?: string;
  description?: string;
  schedule?: Series;
  /** null: no longer ended (a new rule was given). */
  endedAt?: string | null;
}

/** A group's readable series, oldest first, and the ids of rows that could not be read. */
export interface SeriesList {
  series: SeriesRecord[];
  damaged: string[];
}

/** The stored shape: a rule as the API accepts it, plus its cancellations and moves. */
const storedSchedule = scheduleRuleSchema
  .extend({
    cancelled: z.array(localDateTimeSchema).optional(),
    moved: z.record(localDateTimeSchema, z.object({ start: localDateTimeSchema, durationMinutes: z.number().int().positive().optional() }).strict()).optional(),
  })
  .strict();

function toRecord(row: Selectable<SeriesTable>): SeriesRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(row.schedule);
  } catch {
    return undefined;
  }
  const parsed = storedSchedule.safeParse(json);
  if (!parsed.success) return undefined;
  return {
    id: row.id,
    groupId: row.group_id,
    title: row.title,
    description: row.description,
    schedule: parsed.data as Series,
    createdBy: row.created_by ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    endedAt: row.ended_at ?? undefined,
  };
}

/** Empty lists and maps are left out, so equal schedules are stored as equal text. */
export function scheduleText(schedule: Series): string {
  const { cancelled, moved, ...rule } = schedule;
  return JSON.stringify({
    ...rule,
    ...(cancelled && cancelled.length > 0 ? { cancelled: [...cancelled].sort() } : {}),
    ...(moved && Object.keys(moved).length > 0 ? { moved } : {}),
  });
}

export async function create(db: Kysely<Database>, input: NewSeries, now: () => number): Promise<SeriesRecord> {
  const at = isoTime(now());
  const row = await db
    .insertInto('series')
    .values({
      id: randomUUID(),
      group_id: input.groupId,
      title: input.title,
      description: input.description,
      schedule: scheduleText(input.schedule),
      created_by: input.createdBy,
      created_at: at,
      updated_at: at,
      ended_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const record = toRecord(row);
  if (!record) throw new Error('a series could not be read back right after it was written');
  return record;
}

/** A series of this group; undefined if there is none there, or its row is damaged. */
export async function byId(db: Kysely<Database>, groupId: string, id: string): Promise<SeriesRecord | undefined> {
  const row = await db.selectFrom('series').selectAll().where('id', '=', id).where('group_id', '=', groupId).executeTakeFirst();
  return row && toRecord(row);
}

export async function listForGroup(db: Kysely<Database>, groupId: string): Promise<SeriesList> {
  const rows = await db.selectFrom('series').selectAll().where('group_id', '=', groupId).orderBy('created_at').orderBy('id').execute();
  const list: SeriesList = { series: [], damaged: [] };
  for (const row of rows) {
    const record = toRecord(row);
    if (record) list.series.push(record);
    else list.damaged.push(row.id);
  }
  return list;
}

// Two facilitators editing one series at once: each write is checked against the schedule it
// was computed from, and recomputed from the newer one if someone else got there first.
const MAX_ATTEMPTS = 5;

/**
 * Read-modify-write of one series: `change` gets the current record and returns what to set (it
 * may throw to refuse; nothing is written then). Undefined if there is no such readable series.
 */
export async function modify(
  db: Kysely<Database>,
  groupId: string,
  id: string,
  change: (current: SeriesRecord) => SeriesChanges,
  now: () => number,
): Promise<SeriesRecord | undefined> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const row = await db.selectFrom('series').selectAll().where('id', '=', id).where('group_id', '=', groupId).executeTakeFirst();
    const current = row && toRecord(row);
    if (!row || !current) return undefined;
    const changes = change(current);
    const set: Updateable<SeriesTable> = { updated_at: isoTime(now()) };
    if (changes.title !== undefined) set.title = changes.title;
    if (changes.description !== undefined) set.description = changes.description;
    if (changes.schedule !== undefined) set.schedule = scheduleText(changes.schedule);
    if (changes.endedAt !== undefined) set.ended_at = changes.endedAt;
    const updated = await db
      .updateTable('series')
      .set(set)
      .where('id', '=', id)
      .where('group_id', '=', groupId)
      .where('schedule', '=', row.schedule)
      .returningAll()
      .executeTakeFirst();
    if (updated) {
      const record = toRecord(updated);
      if (!record) throw new Error('a series could not be read back right after it was written');
      return record;
    }
  }
  throw new Error(`series ${id} kept changing under concurrent edits`);
}

/** Deletes a series of this group, readable or not; false if there is none there. */
export async function remove(db: Kysely<Database>, groupId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('series').where('id', '=', id).where('group_id', '=', groupId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

