// Version 5: breakouts planned before a session (issue 5), one row per occurrence of a series
// (its original local start, the slot): rooms, timer and who goes where by membership, as JSON
// text validated on read. Gone with its series, and so with its group. Frozen once released.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('breakout_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series_id', 'text', (c) => c.notNull())
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('breakout_plans_series_id_fkey', ['series_id'], 'series', ['id'], (fk) => fk.onDelete('cascade'))
    // Saving replaces: one plan per occurrence. Its index, led by series_id, also serves the cascade.
    .addUniqueConstraint('breakout_plans_series_slot_key', ['series_id', 'slot'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('breakout_plans').execute();
}
