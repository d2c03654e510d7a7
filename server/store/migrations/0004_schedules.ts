// Version 4: scheduling (issue 6). A group's series (the whole shared/schedule Series as JSON
// text, validated on read), each member's private calendar feed (only the link's sha-256), and
// the weekly availability a member chose to share. Frozen once released, like every migration.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('schedule', 'text', (c) => c.notNull())
    // The staff membership that scheduled it; the series belongs to the group and outlives them.
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addForeignKeyConstraint('series_group_id_fkey', ['group_id'], 'groups', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('series_created_by_fkey', ['created_by'], 'memberships', ['id'], (fk) => fk.onDelete('set null'))
    .execute();
  await db.schema.createIndex('series_group_id_idx').on('series').column('group_id').execute();
  // Postgres does not index a referencing column by itself; deleting a membership looks here.
  await db.schema.createIndex('series_created_by_idx').on('series').column('created_by').execute();

  // One active feed per membership: making a new one replaces the row, revoking deletes it.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('membership_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('calendar_feeds_membership_id_fkey', ['membership_id'], 'memberships', ['id'], (fk) => fk.onDelete('cascade'))
    .addUniqueConstraint('calendar_feeds_membership_id_key', ['membership_id'])
    .addUniqueConstraint('calendar_feeds_token_hash_key', ['token_hash'])
    .execute();

  await db.schema
    .createTable('availability')
    .addColumn('membership_id', 'text', (c) => c.primaryKey())
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('weekly', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('availability_membership_id_fkey', ['membership_id'], 'memberships', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('availability').execute();
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropTable('series').execute();
}
