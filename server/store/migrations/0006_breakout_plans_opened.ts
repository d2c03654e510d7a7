// Version 6: when breakouts were first opened in the live session of a planned occurrence. A plan
// is prepared in the room until then (so a restart before that brings it back), and never again
// after (a room that empties and reopens during the same session does not offer it twice).
// Saving the plan again clears it. Frozen once released.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('breakout_plans').addColumn('opened_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('breakout_plans').dropColumn('opened_at').execute();
}
