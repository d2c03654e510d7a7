// Zod mirrors of shared/api's response types, for the OpenAPI document only (the server answers
// with the TypeScript types). The `Same` checks fail to compile if a mirror drifts from its type.
import { z } from 'zod';
import {
  API_ERRORS,
  availabilityBody,
  focusSchema,
  groupSettingsSchema,
  inviteRoleSchema,
  localDateTimeSchema,
  ROLES,
  scheduleRuleSchema,
  type AcceptGuestLinkResponse,
  type AcceptInviteResponse,
  type AccountView,
  type ApiErrorBody,
  type AvailabilityResponse,
  type BreakoutPlanResponse,
  type BreakoutPlansResponse,
  type BreakoutPlanView,
  type CalendarFeedResponse,
  type CalendarFeedView,
  type FindTimeResponse,
  type GroupView,
  type GuestLinkPreview,
  type GuestLinkView,
  type InvitePreview,
  type InvitesResponse,
  type InviteView,
  type JoinTokenResponse,
  type MembersResponse,
  type MemberView,
  type MeResponse,
  type MyGroupView,
  type SeriesListResponse,
  type SeriesView,
  type SetupStatus,
  type UpcomingResponse,
} from '../shared/api';
import type { RecoverResponse } from '../server/http/api/types';

const id = z.uuid();
const time = z.iso.datetime().describe('ISO-8601 UTC');

export const accountView = z.object({ id, email: z.email(), displayName: z.string(), canCreateGroups: z.boolean() });
export const groupView = z.object({
  id,
  name: z.string(),
  description: z.string(),
  focus: focusSchema,
  guidelines: z.string(),
  settings: groupSettingsSchema,
  createdAt: time,
});
export const myGroupView = groupView.extend({
  myRole: z.enum(ROLES),
  myMembershipId: id,
  myPseudonym: z.string().describe("the caller's name in this group"),
});
export const memberView = z.object({ membershipId: id, pseudonym: z.string(), role: z.enum(ROLES), avatarColour: z.string().nullable(), joinedAt: time });
export const inviteView = z.object({
  id,
  role: inviteRoleSchema,
  url: z.url(),
  note: z.string().nullable(),
  createdAt: time,
  expiresAt: time,
  maxUses: z.number().int().nullable(),
  uses: z.number().int(),
  state: z.enum(['active', 'expired', 'revoked', 'used_up']),
});
export const invitePreview = z.object({
  role: inviteRoleSchema,
  group: groupView.pick({ id: true, name: true, description: true, focus: true, guidelines: true }),
  expiresAt: time,
});
export const meResponse = z.object({ account: accountView.nullable(), groups: z.array(myGroupView) });
export const acceptInviteResponse = z.object({
  group: myGroupView,
  recoveryCode: z.string().nullable().describe('members only, shown once: the credential to rejoin on another device'),
});
export const occurrenceRef = z.object({
  seriesId: id,
  slot: localDateTimeSchema.describe("the occurrence's original local start in the series' zone"),
  title: z.string(),
  start: time,
  end: time,
});
export const joinTokenResponse = z.object({
  token: z.string(),
  roomId: z.string(),
  expiresAt: time,
  occurrence: occurrenceRef.nullable().optional().describe('group sessions of a scheduled group: the occurrence the live room belongs to now (null outside one, for staff, and for groups without a schedule)'),
});
export const setupStatus = z.object({ needsSetup: z.boolean() });
export const membersResponse = z.object({ members: z.array(memberView) });
export const invitesResponse = z.object({ invites: z.array(inviteView) });
export const recoverResponse = z.object({ group: myGroupView });
export const guestLinkView = z.object({ url: z.url().describe('the client page /guest/<token>'), token: z.string(), expiresAt: time });
export const guestLinkPreview = z.object({ roomId: z.string(), roomTitle: z.string(), expiresAt: time });
export const acceptGuestLinkResponse = z.object({ roomId: z.string() });
// ---- scheduling ----
export const series = scheduleRuleSchema
  .extend({
    cancelled: z.array(localDateTimeSchema).optional().describe('original local starts of cancelled occurrences'),
    moved: z
      .record(z.string(), z.object({ start: localDateTimeSchema, durationMinutes: z.number().int().optional() }))
      .optional()
      .describe('original local start → new local start (and length) in the series\' zone'),
  })
  .describe('a shared/schedule Series: local wall time in an IANA zone');
export const seriesView = z.object({
  id,
  groupId: id,
  title: z.string(),
  description: z.string(),
  schedule: series,
  endedAt: time.nullable(),
  createdAt: time,
  updatedAt: time,
});
export const seriesListResponse = z.object({ series: z.array(seriesView) });
export const upcomingOccurrence = z.object({
  seriesId: id,
  title: z.string(),
  zone: z.string(),
  slot: localDateTimeSchema,
  start: time,
  end: time,
  moved: z.boolean(),
  cancelled: z.boolean(),
  joinOpensAt: time,
});
export const upcomingResponse = z.object({
  occurrences: z.array(upcomingOccurrence),
  joinEarlyMinutes: z.number().int(),
  now: time,
  liveNow: z.boolean().describe("someone is in the group's live room now: members may join outside the schedule"),
});
export const calendarFeedView = z.object({ url: z.url().describe('private: anyone with it reads the group\'s calendar'), createdAt: time });
export const calendarFeedResponse = z.object({ feed: calendarFeedView.nullable() });
export const availabilityView = availabilityBody.extend({ updatedAt: time });
export const availabilityResponse = z.object({ mine: availabilityView.nullable() });
export const findTimeResponse = z.object({
  people: z.array(z.object({ membershipId: id, pseudonym: z.string(), zone: z.string() })),
  slots: z.array(z.object({ start: time, end: time, attendees: z.array(z.number().int()).describe('indexes into people') })),
});
// ---- breakouts planned ahead ----
export const breakoutPlanView = z.object({
  seriesId: id,
  slot: localDateTimeSchema,
  rooms: z.array(z.object({ name: z.string().describe('empty: the default "Circle n"'), topic: z.string() })),
  assignment: z.record(z.string(), z.number().int()).describe('membershipId → index into rooms; only people still in the group'),
  keepApart: z.array(z.tuple([z.string(), z.string()])).describe('pairs of membership ids; only people still in the group'),
  durationMinutes: z.number().int().nullable(),
  allowReturn: z.boolean(),
  updatedAt: time,
});
export const breakoutPlanResponse = z.object({ plan: breakoutPlanView.nullable() });
export const breakoutPlansResponse = z.object({ plans: z.array(breakoutPlanView) });

const errorCodes = Object.keys(API_ERRORS) as [keyof typeof API_ERRORS, ...Array<keyof typeof API_ERRORS>];
export const errorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe('body field (dotted path) → what is wrong with it'),
  }),
});

/** Every response schema under its component name. */
export const RESPONSE_SCHEMAS = {
  AccountView: accountView,
  GroupView: groupView,
  MyGroupView: myGroupView,
  MemberView: memberView,
  InviteView: inviteView,
  InvitePreview: invitePreview,
  MeResponse: meResponse,
  AcceptInviteResponse: acceptInviteResponse,
  JoinTokenResponse: joinTokenResponse,
  SetupStatus: setupStatus,
  MembersResponse: membersResponse,
  InvitesResponse: invitesResponse,
  RecoverResponse: recoverResponse,
  GuestLinkView: guestLinkView,
  GuestLinkPreview: guestLinkPreview,
  AcceptGuestLinkResponse: acceptGuestLinkResponse,
  SeriesView: seriesView,
  SeriesListResponse: seriesListResponse,
  UpcomingResponse: upcomingResponse,
  CalendarFeedView: calendarFeedView,
  CalendarFeedResponse: calendarFeedResponse,
  AvailabilityResponse: availabilityResponse,
  FindTimeResponse: findTimeResponse,
  BreakoutPlanView: breakoutPlanView,
  BreakoutPlanResponse: breakoutPlanResponse,
  BreakoutPlansResponse: breakoutPlansResponse,
  ApiErrorBody: errorBody,
} satisfies Record<string, z.ZodType>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const drift: [
  Same<z.infer<typeof accountView>, AccountView>,
  Same<z.infer<typeof groupView>, GroupView>,
  Same<z.infer<typeof myGroupView>, MyGroupView>,
  Same<z.infer<typeof memberView>, MemberView>,
  Same<z.infer<typeof inviteView>, InviteView>,
  Same<z.infer<typeof invitePreview>, InvitePreview>,
  Same<z.infer<typeof meResponse>, MeResponse>,
  Same<z.infer<typeof acceptInviteResponse>, AcceptInviteResponse>,
  Same<z.infer<typeof joinTokenResponse>, JoinTokenResponse>,
  Same<z.infer<typeof setupStatus>, SetupStatus>,
  Same<z.infer<typeof membersResponse>, MembersResponse>,
  Same<z.infer<typeof invitesResponse>, InvitesResponse>,
  Same<z.infer<typeof recoverResponse>, RecoverResponse>,
  Same<z.infer<typeof guestLinkView>, GuestLinkView>,
  Same<z.infer<typeof guestLinkPreview>, GuestLinkPreview>,
  Same<z.infer<typeof acceptGuestLinkResponse>, AcceptGuestLinkResponse>,
  Same<z.infer<typeof seriesView>, SeriesView>,
  Same<z.infer<typeof seriesListResponse>, SeriesListResponse>,
  Same<z.infer<typeof upcomingResponse>, UpcomingResponse>,
  Same<z.infer<typeof calendarFeedView>, CalendarFeedView>,
  Same<z.infer<typeof calendarFeedResponse>, CalendarFeedResponse>,
  Same<z.infer<typeof availabilityResponse>, AvailabilityResponse>,
  Same<z.infer<typeof findTimeResponse>, FindTimeResponse>,
  Same<z.infer<typeof breakoutPlanView>, BreakoutPlanView>,
  Same<z.infer<typeof breakoutPlanResponse>, BreakoutPlanResponse>,
  Same<z.infer<typeof breakoutPlansResponse>, BreakoutPlansResponse>,
  Same<z.infer<typeof errorBody>, ApiErrorBody>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void drift;
