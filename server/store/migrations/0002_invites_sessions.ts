// Version 2: invitations into a group, signed-in account sessions, and shared server secrets.
// Frozen once released, like every migration.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('max_uses', 'integer')
    .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revoked_at', 'text')
    .addColumn('note', 'text')
    .addForeignKeyConstraint('invites_group_id_fkey', ['group_id'], 'groups', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('invites_created_by_fkey', ['created_by'], 'accounts', ['id'])
    .addUniqueConstraint('invites_token_hash_key', ['token_hash'])
    .addCheckConstraint('invites_role_check', sql`role in ('member', 'facilitator', 'co_facilitator')`)
    .addCheckConstraint('invites_uses_check', sql`uses >= 0 and (max_uses is null or (max_uses > 0 and uses <= max_uses))`)
    .execute();
  await db.schema.createIndex('invites_group_id_idx').on('invites').column('group_id').execute();

  await db.schema
    .createTable('auth_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('auth_sessions_account_id_fkey', ['account_id'], 'accounts', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('auth_sessions_account_id_idx').on('auth_sessions').column('account_id').execute();
  await db.schema.createIndex('auth_sessions_expires_at_idx').on('auth_sessions').column('expires_at').execute();

  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_secrets').execute();
  await db.schema.dropTable('auth_sessions').execute();
  await db.schema.dropTable('invites').execute();
}
