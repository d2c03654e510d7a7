// The REST API's route table: one entry per route, with its body schema, who may call it and what it
// answers. The server mounts exactly these; docs/api.openapi.json is generated from them; the
// authorization test walks them. Paths use express syntax (:param).
import type { z } from 'zod';
import * as B from './breakoutPlan';
import * as C from './schedule';
import * as S from './schemas';

/**
 * Who may call a route:
 * - public: anyone (rate limited where it matters);
 * - account: a signed-in organiser/facilitator account;
 * - group: someone with a role in the route's :groupId, among `roles`.
 */
export type Access = { kind: 'public' } | { kind: 'account' } | { kind: 'group'; roles: readonly S.Role[] };

export interface RouteSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  access: Access;
  body?: z.ZodType;
  /** Success status. */
  status: 200 | 201 | 204;
  /** What a success carries when it is not JSON: a calendar file (see CalendarFile). */
  produces?: 'text/calendar';
}

const anyRole = { kind: 'group', roles: S.ROLES } as const;
const staff = { kind: 'group', roles: S.STAFF_ROLES } as const;
const facilitators = { kind: 'group', roles: ['organiser', 'facilitator'] } as const;
const organiser = { kind: 'group', roles: ['organiser'] } as const;

export const ROUTES = {
  setupStatus: { method: 'get', path: '/api/setup', summary: 'Whether the first organiser still has to be created', access: { kind: 'public' }, status: 200 },
  setup: { method: 'post', path: '/api/setup', summary: 'Create the first organiser account (only while no account exists) and sign in', access: { kind: 'public' }, body: S.setupBody, status: 201 },
  login: { method: 'post', path: '/api/auth/login', summary: 'Sign in with email and password', access: { kind: 'public' }, body: S.loginBody, status: 200 },
  logout: { method: 'post', path: '/api/auth/logout', summary: 'Sign out this browser', access: { kind: 'public' }, status: 204 },
  me: { method: 'get', path: '/api/me', summary: 'The signed-in account (if any) and every group this browser belongs to', access: { kind: 'public' }, status: 200 },
  createGroup: { method: 'post', path: '/api/groups', summary: 'Create a group; the caller becomes its organiser', access: { kind: 'account' }, body: S.groupBody, status: 201 },
  getGroup: { method: 'get', path: '/api/groups/:groupId', summary: 'A group, with the caller\'s role in it', access: anyRole, status: 200 },
  updateGroup: { method: 'patch', path: '/api/groups/:groupId', summary: 'Change a group\'s details or default session settings', access: organiser, body: S.groupPatchBody, status: 200 },
  deleteGroup: { method: 'delete', path: '/api/groups/:groupId', summary: 'Delete a group with all its memberships and invites', access: organiser, status: 204 },
  listMembers: { method: 'get', path: '/api/groups/:groupId/members', summary: 'Pseudonyms and roles of everyone in the group', access: staff, status: 200 },
  removeMember: { method: 'delete', path: '/api/groups/:groupId/members/:membershipId', summary: 'Remove someone; their credential stops working at once, also in a live session', access: facilitators, status: 204 },
  leaveGroup: { method: 'delete', path: '/api/groups/:groupId/membership', summary: 'Leave the group; a member\'s membership data is deleted', access: anyRole, status: 204 },
  listInvites: { method: 'get', path: '/api/groups/:groupId/invites', summary: 'Invites of the group, with links to copy', access: facilitators, status: 200 },
  createInvite: { method: 'post', path: '/api/groups/:groupId/invites', summary: 'Create an invite link (member invites: facilitators; staff invites: organisers)', access: facilitators, body: S.inviteBody, status: 201 },
  revokeInvite: { method: 'delete', path: '/api/groups/:groupId/invites/:inviteId', summary: 'Revoke an invite link', access: facilitators, status: 204 },
  previewInvite: { method: 'get', path: '/api/invites/:token', summary: 'What an invite link leads to: the group, its guidelines, the role', access: { kind: 'public' }, status: 200 },
  acceptMemberInvite: { method: 'post', path: '/api/invites/:token/member', summary: 'Accept a member invite with a pseudonym; sets the member credential cookie', access: { kind: 'public' }, body: S.acceptMemberInviteBody, status: 201 },
  acceptStaffInvite: { method: 'post', path: '/api/invites/:token/staff', summary: 'Accept a facilitator invite as the signed-in account, or create the account', access: { kind: 'public' }, body: S.acceptStaffInviteBody, status: 201 },
  recover: { method: 'post', path: '/api/members/recover', summary: 'Rejoin on another device with a recovery code', access: { kind: 'public' }, body: S.recoverBody, status: 200 },
  joinToken: { method: 'post', path: '/api/groups/:groupId/join-token', summary: 'A short-lived token for the live session\'s socket handshake', access: anyRole, status: 201 },
  // Public: the handler decides. A signed-in account gets a host token; a browser with a guest pass for this room a guest token.
  roomJoinToken: { method: 'post', path: '/api/rooms/:roomId/join-token', summary: 'A short-lived token for an instant ad-hoc room: for signed-in accounts, and for guests holding a guest pass for this room', access: { kind: 'public' }, status: 201 },
  createGuestLink: { method: 'post', path: '/api/rooms/:roomId/guest-links', summary: 'Create a guest link to an instant room; guests wait until the host admits them', access: { kind: 'account' }, body: S.guestLinkBody, status: 201 },
  previewGuestLink: { method: 'get', path: '/api/guest-links/:token', summary: 'What a guest link leads to: the room and the link\'s expiry', access: { kind: 'public' }, status: 200 },
  acceptGuestLink: { method: 'post', path: '/api/guest-links/:token/accept', summary: 'Accept a guest link with a name to show; sets the guest pass cookie', access: { kind: 'public' }, body: S.acceptGuestLinkBody, status: 200 },
  // Scheduling (issue 6): series in local wall time, occurrences, calendars, availability.
  listSeries: { method: 'get', path: '/api/groups/:groupId/series', summary: 'Every series of the group, with its cancellations and moves', access: anyRole, status: 200 },
  createSeries: { method: 'post', path: '/api/groups/:groupId/series', summary: 'Schedule a single session or a recurring series in the organiser\'s zone', access: facilitators, body: C.seriesBody, status: 201 },
  updateSeries: { method: 'patch', path: '/api/groups/:groupId/series/:seriesId', summary: 'Change a series\' title, description or rule (cancellations and moves are kept)', access: facilitators, body: C.seriesPatchBody, status: 200 },
  endSeries: { method: 'post', path: '/api/groups/:groupId/series/:seriesId/end', summary: 'End a series: no occurrence starts after now', access: facilitators, status: 200 },
  deleteSeries: { method: 'delete', path: '/api/groups/:groupId/series/:seriesId', summary: 'Delete a series and every occurrence of it', access: facilitators, status: 204 },
  cancelOccurrence: { method: 'post', path: '/api/groups/:groupId/series/:seriesId/occurrences/:slot/cancel', summary: 'Cancel one occurrence (by its original local start)', access: facilitators, status: 200 },
  restoreOccurrence: { method: 'delete', path: '/api/groups/:groupId/series/:seriesId/occurrences/:slot/cancel', summary: 'Undo the cancellation of one occurrence', access: facilitators, status: 200 },
  moveOccurrence: { method: 'post', path: '/api/groups/:groupId/series/:seriesId/occurrences/:slot/move', summary: 'Move one occurrence to another local start in the series\' zone', access: facilitators, body: C.moveOccurrenceBody, status: 200 },
  unmoveOccurrence: { method: 'delete', path: '/api/groups/:groupId/series/:seriesId/occurrences/:slot/move', summary: 'Put a moved occurrence back at its original time', access: facilitators, status: 200 },
  upcoming: { method: 'get', path: '/api/groups/:groupId/upcoming', summary: 'The group\'s occurrences in the next 60 days, cancelled ones marked, with when joining opens', access: anyRole, status: 200 },
  seriesCalendar: { method: 'get', path: '/api/groups/:groupId/series/:seriesId/calendar', summary: 'One series as an iCalendar file (add to calendar)', access: anyRole, status: 200, produces: 'text/calendar' },
  getCalendarFeed: { method: 'get', path: '/api/groups/:groupId/calendar-feed', summary: 'The caller\'s private subscription address for the group\'s calendar, if any', access: anyRole, status: 200 },
  createCalendarFeed: { method: 'post', path: '/api/groups/:groupId/calendar-feed', summary: 'Make a new private subscription address (the previous one stops working)', access: anyRole, status: 201 },
  revokeCalendarFeed: { method: 'delete', path: '/api/groups/:groupId/calendar-feed', summary: 'Revoke the caller\'s subscription address', access: anyRole, status: 204 },
  calendarFeed: { method: 'get', path: '/api/calendar-feeds/:token', summary: 'The group\'s calendar for subscription (the private token is the only credential)', access: { kind: 'public' }, status: 200, produces: 'text/calendar' },
  getAvailability: { method: 'get', path: '/api/groups/:groupId/availability', summary: 'The weekly availability the caller shared, if any', access: anyRole, status: 200 },
  setAvailability: { method: 'post', path: '/api/groups/:groupId/availability', summary: 'Share weekly availability, in the caller\'s zone, with the group\'s organisers and facilitators', access: anyRole, body: C.availabilityBody, status: 200 },
  clearAvailability: { method: 'delete', path: '/api/groups/:groupId/availability', summary: 'Withdraw the caller\'s shared availability', access: anyRole, status: 204 },
  findTime: { method: 'post', path: '/api/groups/:groupId/find-time', summary: 'The best slots for a new session from everyone\'s shared availability', access: facilitators, body: C.findTimeBody, status: 200 },
  // Breakouts planned before a session, stored with one occurrence (issue 5).
  listBreakoutPlans: { method: 'get', path: '/api/groups/:groupId/breakout-plans', summary: 'The breakouts planned for every session of the group that has not ended', access: staff, status: 200 },
  getBreakoutPlan: { method: 'get', path: '/api/groups/:groupId/series/:seriesId/occurrences/:slot/breakout-plan', summary: 'The breakouts planned for one occurrence, if any', access: staff, status: 200 },
  saveBreakoutPlan: { method: 'post', path: '/api/groups/:groupId/series/:seriesId/occurrences/:slot/breakout-plan', summary: 'Plan breakouts for one occurrence before it starts: rooms, timer, who goes where', access: facilitators, body: B.breakoutPlanBody, status: 200 },
  deleteBreakoutPlan: { method: 'delete', path: '/api/groups/:groupId/series/:seriesId/occurrences/:slot/breakout-plan', summary: 'Drop the breakouts planned for one occurrence', access: facilitators, status: 204 },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

/** `'/api/groups/:groupId/invites/:inviteId'` → `'groupId' | 'inviteId'`. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameter names of a route (never when it has none). */
export type RouteParamNames<N extends RouteName> = ParamNames<(typeof ROUTES)[N]['path']>;

/** Fills `:name` segments, each encoded, so an id or token can never add a path segment. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
