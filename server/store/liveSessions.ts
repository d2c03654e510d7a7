// The part of a live session that survives a server restart (see migration 0003). Written when
// the settings or the block list change, read when the room opens again, deleted when it closes.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { isoTime } from './time';

export interface SavedSession {
  /** JSON-plain session settings (shared/session Settings). */
  settings: Record<string, unknown>;
  /** Subject keys refused for the rest of the session. */
  blocked: string[];
  updatedAt: string;
}

export async function save(db: Kysely<Database>, roomId: string, session: Omit<SavedSession, 'updatedAt'>, now: () => number): Promise<void> {
  const row = { settings: JSON.stringify(session.settings), blocked: JSON.stringify(session.blocked), updated_at: isoTime(now()) };
  await db
    .insertInto('live_sessions')
    .values({ room_id: roomId, ...row })
    .onConflict((oc) => oc.column('room_id').doUpdateSet(row))
    .execute();
}

/** The saved session of a room, if it was saved no earlier than `notBefore` (ms). */
export async function load(db: Kysely<Database>, roomId: string, notBefore: number): Promise<SavedSession | undefined> {
  const row = await db
    .selectFrom('live_sessions')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('updated_at', '>=', isoTime(notBefore))
    .executeTakeFirst();
  if (!row) return undefined;
  try {
    const settings: unknown = JSON.parse(row.settings);
    const blocked: unknown = JSON.parse(row.blocked);
    if (typeof settings !== 'object' || settings === null || !Array.isArray(blocked)) return undefined;
    return { settings: settings as Record<string, unknown>, blocked: blocked.filter((b): b is string => typeof b === 'string'), updatedAt: row.updated_at };
  } catch {
    return undefined; // a damaged row is ignored, never fatal: the room starts from its defaults
  }
}

export async function remove(db: Kysely<Database>, roomId: string): Promise<void> {
  await db.deleteFrom('live_sessions').where('room_id', '=', roomId).execute();
}
