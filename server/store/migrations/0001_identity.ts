// Version 1: accounts (organisers and facilitators), groups, and who belongs to which group.
// Frozen once released: later changes go in a new migration, so values are written out here
// rather than imported from schema.ts.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('can_create_groups', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('accounts_email_key', ['email'])
    .addCheckConstraint('accounts_can_create_groups_check', sql`can_create_groups in (0, 1)`)
    .execute();

  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('focus', 'text', (c) => c.notNull())
    .addColumn('guidelines', 'text', (c) => c.notNull())
    .addColumn('waiting_room', 'integer', (c) => c.notNull())
    .addColumn('talking_stick', 'integer', (c) => c.notNull())
    .addColumn('turn_seconds', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('groups_created_by_fkey', ['created_by'], 'accounts', ['id'])
    .addCheckConstraint(
      'groups_focus_check',
      sql`focus in ('mental_health', 'chronic_illness', 'addiction_recovery', 'grief', 'parenting', 'other')`,
    )
    .addCheckConstraint('groups_flags_check', sql`waiting_room in (0, 1) and talking_stick in (0, 1)`)
    .addCheckConstraint('groups_turn_seconds_check', sql`turn_seconds > 0`)
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('pseudonym_key', 'text', (c) => c.notNull())
    .addColumn('avatar_colour', 'text')
    .addColumn('credential_hash', 'text')
    .addColumn('guidelines_accepted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('memberships_group_id_fkey', ['group_id'], 'groups', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('memberships_account_id_fkey', ['account_id'], 'accounts', ['id'], (fk) => fk.onDelete('cascade'))
    .addUniqueConstraint('memberships_group_pseudonym_key', ['group_id', 'pseudonym_key'])
    .addUniqueConstraint('memberships_group_account_key', ['group_id', 'account_id'])
    .addUniqueConstraint('memberships_credential_hash_key', ['credential_hash'])
    .addCheckConstraint('memberships_role_check', sql`role in ('organiser', 'facilitator', 'co_facilitator', 'member')`)
    // Exactly one way to prove who you are: an account's session, or a member's credential.
    .addCheckConstraint('memberships_identity_check', sql`(account_id is null) <> (credential_hash is null)`)
    .execute();

  // The unique constraint above serves lookups by group; this one serves "my groups".
  await db.schema.createIndex('memberships_account_id_idx').on('memberships').column('account_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('memberships').execute();
  await db.schema.dropTable('groups').execute();
  await db.schema.dropTable('accounts').execute();
}
