// Kysely's view of the tables (the latest migration). Portable types only, so one query serves
// SQLite and PostgreSQL: ids are text UUIDs, times are ISO-8601 UTC text (sorts like time),
// booleans are integers 0/1. Never add IP addresses, chat or media here.
import type { ColumnType } from 'kysely';

/** 0 or 1: SQLite has no boolean type, and Postgres would hand back `true` where SQLite gives 1. */
export type IntBool = 0 | 1;

export const GROUP_FOCUSES = ['mental_health', 'chronic_illness', 'addiction_recovery', 'grief', 'parenting', 'other'] as const;
export type GroupFocus = (typeof GROUP_FOCUSES)[number];

export const STAFF_ROLES = ['organiser', 'facilitator', 'co_facilitator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const MEMBERSHIP_ROLES = [...STAFF_ROLES, 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Organisers are made with the group; an invite brings in anyone else. */
export const INVITE_ROLES = ['member', 'facilitator', 'co_facilitator'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export interface AccountsTable {
  id: string;
  /** Trimmed and lowercased before it is stored, so uniqueness ignores case. */
  email: string;
  password_hash: string;
  display_name: string;
  can_create_groups: IntBool;
  created_at: string;
  password_changed_at: string;
}

export interface GroupsTable {
  id: string;
  name: string;
  description: string;
  focus: GroupFocus;
  guidelines: string;
  waiting_room: IntBool;
  talking_stick: IntBool;
  turn_seconds: number;
  created_at: string;
  created_by: string;
}

export interface MembershipsTable {
  id: string;
  group_id: string;
  /** Staff sign in with an account; members have none and hold a credential instead. */
  account_id: string | null;
  role: MembershipRole;
  pseudonym: string;
  /** normalisePseudonym(pseudonym): unique per group, so "Sam" and " sam " cannot both join. */
  pseudonym_key: string;
  avatar_colour: string | null;
  /** sha-256 hex of the member's credential; null for account staff. */
  credential_hash: string | null;
  guidelines_accepted_at: string | null;
  created_at: string;
}

export interface InvitesTable {
  id: string;
  group_id: string;
  token_hash: string;
  role: InviteRole;
  created_by: string;
  created_at: string;
  expires_at: string;
  max_uses: number | null;
  /** Defaults to 0; only invites.consume changes it. */
  uses: ColumnType<number, number | undefined, number>;
  revoked_at: string | null;
  note: string | null;
}

export interface AuthSessionsTable {
  id_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
}

/** A live session's settings and block list, as JSON text; only while the room is live. */
export interface LiveSessionsTable {
  room_id: string;
  settings: string;
  blocked: string;
  updated_at: string;
}

/** A scheduled single session or recurring series of a group (migration 0004). */
export interface SeriesTable {
  id: string;
  group_id: string;
  title: string;
  description: string;
  /** JSON of shared/schedule's Series (rule, cancellations, moves); validated on every read. */
  schedule: string;
  /** The staff membership that scheduled it; null once that membership is gone. */
  created_by: string | null;
  created_at: string;
  updated_at: string;
  ended_at: string | null;
}

/** A member's private calendar subscription; one per membership, replaced when rotated. */
export interface CalendarFeedsTable {
  id: string;
  membership_id: string;
  /** sha-256 hex of the feed link's token. */
  token_hash: string;
  created_at: string;
}

/** Weekly availability a member shared with the group's organisers and facilitators. */
export interface AvailabilityTable {
  membership_id: string;
  /** IANA zone the windows are in. */
  zone: string;
  /** JSON array of { weekday, from, to }; validated on every read. */
  weekly: string;
  updated_at: string;
}

/** Breakouts planned for one occurrence of a series (migration 0005); one row per (series, slot). */
export interface BreakoutPlansTable {
  id: string;
  series_id: string;
  /** The occurrence's original local start in the series' zone ('YYYY-MM-DDTHH:mm'). */
  slot: string;
  /** JSON of shared/api's breakoutPlanBody (rooms, assignment by membership id, keep-apart, timer); validated on every read. */
  plan: string;
  updated_at: string;
  /** When breakouts were first opened in this occurrence's live session (migration 0006); null until then. */
  opened_at: string | null;
}

export interface Database {
  accounts: AccountsTable;
  groups: GroupsTable;
  memberships: MembershipsTable;
  invites: InvitesTable;
  auth_sessions: AuthSessionsTable;
  server_secrets: ServerSecretsTable;
  live_sessions: LiveSessionsTable;
  series: SeriesTable;
  calendar_feeds: CalendarFeedsTable;
  availability: AvailabilityTable;
  breakout_plans: BreakoutPlansTable;
}
