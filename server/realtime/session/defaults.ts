// Where a live session starts from and what it keeps across a server restart. A group room starts
// with the group's defaults (waiting room, talking stick, turn length); an instant room with the
// waiting room on, so a link never lets anyone straight in. If the server restarted while the
// room was live, the settings as the facilitator left them and the block list come back. A group
// room opened during an occurrence's join window starts with the breakouts planned for it.
import type { PreparedPlan, Settings } from '../../../shared/session';
import { groupIdOfRoom } from '../../auth/joinTokens';
import type { Logger } from '../../log';
import type { Store } from '../../store';
import { plannedBreakouts, type PlanSlot } from './plannedBreakouts';

export interface SessionStart {
  settings: Partial<Settings>;
  blocked: string[];
  /** Breakouts planned before the session for the occurrence open now (issue 5). */
  prepared?: PreparedPlan;
  /** The occurrence `prepared` is stored with. */
  preparedFrom?: PlanSlot;
}

export interface KeeperOptions {
  /** JOIN_EARLY_MINUTES: when an occurrence's room opens, so which occurrence's plan applies. */
  joinEarlyMinutes?: number;
  logger?: Logger;
}

/** config.ts's default for JOIN_EARLY_MINUTES, for a keeper made without the configured value. */
export const DEFAULT_JOIN_EARLY_MINUTES = 10;

export interface SessionKeeper {
  start(roomId: string): Promise<SessionStart>;
  save(roomId: string, kept: { settings: Settings; blocked: string[] }): Promise<void>;
  /** The room closed: the session is over, nothing of it is kept. */
  forget(roomId: string): Promise<void>;
  /** Breakouts were opened in a session that started with the plan of this occurrence: it is not prepared again. */
  breakoutsOpened(from: PlanSlot): Promise<void>;
}

/** A saved session older than this is from an earlier meeting, not a restart: it is not restored. */
export const RESTORE_WITHIN_MS = 2 * 60 * 60_000;

const SETTING_KEYS = ['waitingRoom', 'locked', 'floor', 'turnMs', 'autoPass'] as const;

/** Only known keys with the right types survive a round trip through the database. */
function savedSettings(raw: Record<string, unknown>): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const key of SETTING_KEYS) {
    const v = raw[key];
    if ((key === 'waitingRoom' || key === 'locked' || key === 'autoPass') && typeof v === 'boolean') out[key] = v;
    if (key === 'floor' && (v === 'open' || v === 'stick')) out.floor = v;
    if (key === 'turnMs' && typeof v === 'number' && Number.isFinite(v)) out.turnMs = v;
  }
  return out;
}

async function defaultsFor(store: Store, roomId: string): Promise<Partial<Settings>> {
  const groupId = groupIdOfRoom(roomId);
  const group = groupId === null ? undefined : await store.groups.byId(groupId);
  if (!group) return { waitingRoom: true, floor: 'open' };
  return { waitingRoom: group.waitingRoom, floor: group.talkingStick ? 'stick' : 'open', turnMs: group.turnSeconds * 1000 };
}

export function sessionKeeper(store: Store, now: () => number = Date.now, options: KeeperOptions = {}): SessionKeeper {
  const { joinEarlyMinutes = DEFAULT_JOIN_EARLY_MINUTES, logger } = options;
  /** A plan that cannot be read costs the plan, never the session. */
  const prepared = (roomId: string) =>
    plannedBreakouts({ store, joinEarlyMinutes, logger }, roomId, now()).catch((err: unknown) => {
      logger?.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not read the planned breakouts; the session starts without them');
      return undefined;
    });
  return {
    async start(roomId) {
      const [defaults, saved, plan] = await Promise.all([defaultsFor(store, roomId), store.liveSessions.load(roomId, now() - RESTORE_WITHIN_MS), prepared(roomId)]);
      const start: SessionStart = saved
        ? { settings: { ...defaults, ...savedSettings(saved.settings) }, blocked: saved.blocked }
        : { settings: defaults, blocked: [] };
      return plan ? { ...start, prepared: plan.prepared, preparedFrom: plan.from } : start;
    },
    save: (roomId, kept) => store.liveSessions.save(roomId, { settings: { ...kept.settings }, blocked: kept.blocked }),
    forget: (roomId) => store.liveSessions.remove(roomId),
    breakoutsOpened: async ({ seriesId, slot }) => {
      if (await store.breakoutPlans.markOpened(seriesId, slot)) logger?.info({ seriesId }, 'planned breakouts opened');
    },
  };
}

/** No database: defaults only, nothing kept (unit tests of the registry). */
export const ephemeralKeeper: SessionKeeper = {
  start: async () => ({ settings: {}, blocked: [] }),
  save: async () => undefined,
  forget: async () => undefined,
  breakoutsOpened: async () => undefined,
};
