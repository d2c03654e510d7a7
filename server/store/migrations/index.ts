// Every migration, imported statically: no directory scanning, so they run the same under tsx,
// in vitest and in a bundle. Add new versions at the end; names sort in the order they run.
import type { Migration } from 'kysely';
import * as identity from './0001_identity';
import * as invitesSessions from './0002_invites_sessions';
import * as liveSessions from './0003_live_sessions';
import * as schedules from './0004_schedules';
import * as breakoutPlans from './0005_breakout_plans';
import * as breakoutPlansOpened from './0006_breakout_plans_opened';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_identity': identity,
  '0002_invites_sessions': invitesSessions,
  '0003_live_sessions': liveSessions,
  '0004_schedules': schedules,
  '0005_breakout_plans': breakoutPlans,
  '0006_breakout_plans_opened': breakoutPlansOpened,
};

export type MigrationName =
  | '0001_identity'
  | '0002_invites_sessions'
  | '0003_live_sessions'
  | '0004_schedules'
  | '0005_breakout_plans'
  | '0006_breakout_plans_opened';

export const LATEST_MIGRATION: MigrationName = '0006_breakout_plans_opened';
