// Zod schemas of every REST request body, and the types of every response. The server parses each
// body, query and path parameter with these before anything else; the client uses the types.
import { z } from 'zod';
import { displayNameSchema } from '../protocol/schemas';
import type { OccurrenceRef } from './schedule';

export const FOCUSES = ['mental_health', 'chronic_illness', 'addiction_recovery', 'grief', 'parenting', 'other'] as const;
export const focusSchema = z.enum(FOCUSES);
export type Focus = z.infer<typeof focusSchema>;

/** Roles inside one group. Organisers, facilitators and co-facilitators are accounts; members are not. */
export const ROLES = ['organiser', 'facilitator', 'co_facilitator', 'member'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['organiser', 'facilitator', 'co_facilitator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const inviteRoleSchema = z.enum(['member', 'facilitator', 'co_facilitator']);
export type InviteRole = z.infer<typeof inviteRoleSchema>;

export const idParam = z.string().uuid('not a valid id');
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('enter a valid email address').max(254));
/** Long enough to resist guessing; no composition rules (NIST 800-63B). */
export const passwordSchema = z.string().min(10, 'a password has at least 10 characters').max(200, 'a password has at most 200 characters');
export const pseudonymSchema = displayNameSchema;
/** #rrggbb, from the client's palette. */
export const avatarColourSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb');

export const setupBody = z.object({ email: emailSchema, password: passwordSchema, displayName: displayNameSchema }).strict();
export const loginBody = z.object({ email: emailSchema, password: z.string().min(1).max(200) }).strict();

export const groupSettingsSchema = z
  .object({
    waitingRoom: z.boolean(),
    talkingStick: z.boolean(),
    /** Default length of one turn with the talking stick, in seconds. */
    turnSeconds: z.number().int().min(30).max(1800),
  })
  .strict();
export type GroupSettings = z.infer<typeof groupSettingsSchema>;

export const groupBody = z
  .object({
    name: z.string().trim().min(2, 'a name has at least 2 characters').max(80),
    description: z.string().trim().max(2000),
    focus: focusSchema,
    guidelines: z.string().trim().min(1, 'write the community guidelines members accept').max(10_000),
    settings: groupSettingsSchema,
  })
  .strict();
export const groupPatchBody = groupBody.partial().strict();

export const inviteBody = z
  .object({
    role: inviteRoleSchema,
    /** Hours until the link stops working: 1 hour to 90 days. */
    expiresInHours: z.number().int().min(1).max(24 * 90),
    maxUses: z.number().int().min(1).max(1000).nullable(),
    note: z.string().trim().max(120).nullable(),
  })
  .strict();

export const acceptMemberInviteBody = z
  .object({
    pseudonym: pseudonymSchema,
    avatarColour: avatarColourSchema.nullable(),
    acceptGuidelines: z.literal(true, 'accept the guidelines to join'),
  })
  .strict();
/** Staff invites are accepted by a signed-in account, or create the account on the spot. */
export const acceptStaffInviteBody = z
  .object({
    acceptGuidelines: z.literal(true, 'accept the guidelines to join'),
    account: z.object({ email: emailSchema, password: passwordSchema, displayName: displayNameSchema }).strict().nullable(),
  })
  .strict();
export const recoverBody = z.object({ recoveryCode: z.string().trim().min(20).max(200) }).strict();

/** Guest links to an instant room: 1 hour to 7 days, a day unless the host says otherwise. */
export const guestLinkBody = z
  .object({ ttlHours: z.number().int().min(1, 'a guest link lasts at least 1 hour').max(168, 'a guest link lasts at most 7 days (168 hours)').default(24) })
  .strict();
/** A guest chooses the name others see, under the same rules as any name in a room. */
export const acceptGuestLinkBody = z.object({ displayName: displayNameSchema }).strict();

// ---- responses -----------------------------------------------------------------------------

export interface AccountView {
  id: string;
  email: string;
  displayName: string;
  canCreateGroups: boolean;
}

export interface GroupView {
  id: string;
  name: string;
  description: string;
  focus: Focus;
  guidelines: string;
  settings: GroupSettings;
  createdAt: string;
}

/** A group as the caller sees it, with the caller's role in it. */
export interface MyGroupView extends GroupView {
  myRole: Role;
  myMembershipId: string;
  /** The caller's name in this group (members choose it; staff default to their account name). */
  myPseudonym: string;
}

/** GET /api/setup */
export interface SetupStatus {
  needsSetup: boolean;
}

/** GET /api/groups/:groupId/members */
export interface MembersResponse {
  members: MemberView[];
}

/** GET /api/groups/:groupId/invites */
export interface InvitesResponse {
  invites: InviteView[];
}

export interface MemberView {
  membershipId: string;
  pseudonym: string;
  role: Role;
  avatarColour: string | null;
  joinedAt: string;
}

export interface InviteView {
  id: string;
  role: InviteRole;
  /** Full link to share; available to staff who may manage invites of this role. */
  url: string;
  note: string | null;
  createdAt: string;
  expiresAt: string;
  maxUses: number | null;
  uses: number;
  state: 'active' | 'expired' | 'revoked' | 'used_up';
}

/** What someone opening an invite link sees before accepting. */
export interface InvitePreview {
  role: InviteRole;
  group: Pick<GroupView, 'id' | 'name' | 'description' | 'focus' | 'guidelines'>;
  expiresAt: string;
}

export interface MeResponse {
  account: AccountView | null;
  /** Groups this browser belongs to: through the account and through member credentials. */
  groups: MyGroupView[];
}

export interface AcceptInviteResponse {
  group: MyGroupView;
  /** Shown once to members: type it on another device to rejoin. Null for staff. */
  recoveryCode: string | null;
}

/** A short-lived signed token for the socket handshake, bound to this group's session and this member. */
export interface JoinTokenResponse {
  token: string;
  roomId: string;
  expiresAt: string;
  /** Group sessions of a scheduled group: the occurrence this live room belongs to (null when the group has no schedule, and for instant rooms). */
  occurrence?: OccurrenceRef | null;
}

/** POST /api/rooms/:roomId/guest-links: a link for guests, who wait until the host admits them. */
export interface GuestLinkView {
  /** Full link to share (the client's `/guest/<token>` page). */
  url: string;
  token: string;
  expiresAt: string;
}

/** GET /api/guest-links/:token: what a guest link leads to. */
export interface GuestLinkPreview {
  roomId: string;
  roomTitle: string;
  expiresAt: string;
}

/** POST /api/guest-links/:token/accept: the room the guest pass opens. */
export interface AcceptGuestLinkResponse {
  roomId: string;
}
