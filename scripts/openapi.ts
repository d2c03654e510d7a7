// Writes docs/api.openapi.json from the route table (shared/api/routes.ts) and the zod schemas:
// request bodies and path parameters exactly as the server parses them, responses from the
// mirrors in openapiSchemas.ts. `npm run openapi` regenerates it; a unit test checks it is current.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { API_ERRORS, ROUTES, type ApiErrorCode, type RouteName, type RouteSpec } from '../shared/api';
import { PARAM_SCHEMAS } from '../server/http/route';
import { RESPONSE_SCHEMAS } from './openapiSchemas';

export const OPENAPI_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'api.openapi.json');

/** Which component each route answers with on success (none for 204s). */
const SUCCESS: Record<RouteName, keyof typeof RESPONSE_SCHEMAS | null> = {
  setupStatus: 'SetupStatus',
  setup: 'AccountView',
  login: 'AccountView',
  logout: null,
  me: 'MeResponse',
  createGroup: 'MyGroupView',
  getGroup: 'MyGroupView',
  updateGroup: 'MyGroupView',
  deleteGroup: null,
  listMembers: 'MembersResponse',
  removeMember: null,
  leaveGroup: null,
  listInvites: 'InvitesResponse',
  createInvite: 'InviteView',
  revokeInvite: null,
  previewInvite: 'InvitePreview',
  acceptMemberInvite: 'AcceptInviteResponse',
  acceptStaffInvite: 'AcceptInviteResponse',
  recover: 'RecoverResponse',
  joinToken: 'JoinTokenResponse',
  roomJoinToken: 'JoinTokenResponse',
  createGuestLink: 'GuestLinkView',
  previewGuestLink: 'GuestLinkPreview',
  acceptGuestLink: 'AcceptGuestLinkResponse',
  listSeries: 'SeriesListResponse',
  createSeries: 'SeriesView',
  updateSeries: 'SeriesView',
  endSeries: 'SeriesView',
  deleteSeries: null,
  cancelOccurrence: 'SeriesView',
  restoreOccurrence: 'SeriesView',
  moveOccurrence: 'SeriesView',
  unmoveOccurrence: 'SeriesView',
  upcoming: 'UpcomingResponse',
  seriesCalendar: null, // text/calendar, see CALENDAR_ANSWER
  getCalendarFeed: 'CalendarFeedResponse',
  createCalendarFeed: 'CalendarFeedView',
  revokeCalendarFeed: null,
  calendarFeed: null, // text/calendar
  getAvailability: 'AvailabilityResponse',
  setAvailability: 'AvailabilityResponse',
  clearAvailability: null,
  findTime: 'FindTimeResponse',
  listBreakoutPlans: 'BreakoutPlansResponse',
  getBreakoutPlan: 'BreakoutPlanResponse',
  saveBreakoutPlan: 'BreakoutPlanView',
  deleteBreakoutPlan: null,
};

/** The success of a route that `produces: 'text/calendar'`: an iCalendar file, not JSON. */
const CALENDAR_ANSWER = {
  description: 'An iCalendar (RFC 5545) file',
  headers: { 'Content-Disposition': { schema: { type: 'string' }, description: 'attachment (a download) or inline (a subscription feed), with an ASCII filename' } },
  content: { 'text/calendar': { schema: { type: 'string' } } },
};

const INVITE_REFUSALS: ApiErrorCode[] = ['token_invalid', 'token_revoked', 'token_expired', 'token_used_up', 'rate_limited'];
const GUEST_LINK_REFUSALS: ApiErrorCode[] = ['token_invalid', 'token_expired', 'rate_limited'];

/** Refusals a handler adds beyond what the route's access and parsing give (see docs/api.md). */
const EXTRA_ERRORS: Partial<Record<RouteName, ApiErrorCode[]>> = {
  setup: ['conflict', 'rate_limited'],
  login: ['unauthenticated', 'rate_limited'],
  createGroup: ['not_authorized'],
  removeMember: ['not_found'],
  leaveGroup: ['conflict'],
  createInvite: ['not_authorized'],
  revokeInvite: ['not_found'],
  previewInvite: INVITE_REFUSALS,
  acceptMemberInvite: [...INVITE_REFUSALS, 'conflict'],
  acceptStaffInvite: [...INVITE_REFUSALS, 'conflict', 'unauthenticated'],
  recover: ['token_invalid', 'conflict', 'rate_limited'],
  roomJoinToken: ['unauthenticated'],
  joinToken: ['not_open'],
  endSeries: ['conflict'],
  saveBreakoutPlan: ['conflict'],
  calendarFeed: ['not_found', 'token_revoked', 'rate_limited'],
  previewGuestLink: GUEST_LINK_REFUSALS,
  acceptGuestLink: GUEST_LINK_REFUSALS,
};

/** Public routes that still read a cookie: the handler decides with it. */
const SECURITY: Partial<Record<RouteName, Array<Record<string, never[]>>>> = {
  roomJoinToken: [{ session: [] }, { guest: [] }],
};

function errorsOf(name: RouteName, spec: RouteSpec): ApiErrorCode[] {
  const codes = new Set<ApiErrorCode>();
  if (spec.body || spec.path.includes(':')) codes.add('invalid_payload');
  if (spec.method !== 'get') codes.add('not_authorized'); // the same-origin check
  if (spec.access.kind !== 'public') codes.add('unauthenticated');
  if (spec.access.kind === 'group') ['not_found', 'not_authorized'].forEach((c) => codes.add(c as ApiErrorCode));
  for (const c of EXTRA_ERRORS[name] ?? []) codes.add(c);
  codes.add('internal');
  return (Object.keys(API_ERRORS) as ApiErrorCode[]).filter((c) => codes.has(c));
}

function accessText(name: RouteName, spec: RouteSpec): string {
  if (name === 'roomJoinToken') return 'Public; answers a signed-in account (session cookie) as host, a browser with a guest pass for this room (guest cookie) as guest, anyone else 401.';
  if (spec.access.kind === 'public') return 'Public.';
  if (spec.access.kind === 'account') return 'A signed-in account (session cookie).';
  return `Someone with one of these roles in the group: ${spec.access.roles.join(', ')} (session or member cookie).`;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generateOpenApi(): Record<string, unknown> {
  const requests = z.registry<{ id: string }>();
  const responses = z.registry<{ id: string }>();
  const entries = Object.entries(ROUTES) as Array<[RouteName, RouteSpec]>;
  for (const [name, spec] of entries) if (spec.body) requests.add(spec.body, { id: `${capital(name)}Body` });
  for (const [id, schema] of Object.entries(RESPONSE_SCHEMAS)) responses.add(schema, { id });
  const uri = (id: string) => `#/components/schemas/${id}`;
  const schemas = {
    ...z.toJSONSchema(requests, { io: 'input', uri }).schemas,
    ...z.toJSONSchema(responses, { io: 'output', uri }).schemas,
  };
  for (const s of Object.values(schemas)) {
    delete (s as { $schema?: unknown }).$schema;
    delete (s as { $id?: unknown }).$id;
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of entries) {
    const oaPath = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const params = [...spec.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
    const byStatus = new Map<number, ApiErrorCode[]>();
    for (const code of errorsOf(name, spec)) byStatus.set(API_ERRORS[code], [...(byStatus.get(API_ERRORS[code]) ?? []), code]);
    if (byStatus.has(400)) byStatus.set(413, ['invalid_payload']); // a body over 32 kB
    const success = SUCCESS[name];
    (paths[oaPath] ??= {})[spec.method] = {
      operationId: name,
      summary: spec.summary,
      description: accessText(name, spec),
      security: SECURITY[name] ?? (spec.access.kind === 'public' ? [] : spec.access.kind === 'account' ? [{ session: [] }] : [{ session: [] }, { member: [] }]),
      ...(params.length > 0
        ? { parameters: params.map((p) => ({ name: p, in: 'path', required: true, schema: strip(z.toJSONSchema(PARAM_SCHEMAS[p]!, { io: 'input' })) })) }
        : {}),
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(`${capital(name)}Body`) } } } } : {}),
      responses: {
        [spec.status]:
          spec.produces === 'text/calendar'
            ? CALENDAR_ANSWER
            : success
              ? { description: 'OK', content: { 'application/json': { schema: ref(success) } } }
              : { description: 'Done, no body' },
        ...Object.fromEntries(
          [...byStatus.entries()]
            .sort(([a], [b]) => a - b)
            .map(([status, codes]) => [
              status,
              {
                description: codes.join(', '),
                ...(status === 429 ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds to wait' } } } : {}),
                content: { 'application/json': { schema: ref('ApiErrorBody') } },
              },
            ]),
        ),
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Hearth REST API',
      version: '1',
      description:
        'Accounts, groups, invites, memberships, scheduling and breakouts planned ahead. Generated from shared/api by `npm run openapi`; see docs/api.md for how authentication, CSRF protection and rate limits work. Every POST, PATCH and DELETE must carry an Origin (or Referer) header of the server\'s own origin.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'hearth_session', description: 'an account session (httpOnly, SameSite=Lax)' },
        member: { type: 'apiKey', in: 'cookie', name: 'hearth_member', description: 'up to 20 member credentials, dot-separated (httpOnly, SameSite=Lax)' },
        guest: { type: 'apiKey', in: 'cookie', name: 'hearth_guest', description: 'a signed guest pass for one instant room, 12 hours (httpOnly, SameSite=Lax, Path=/api)' },
      },
    },
  };
}

function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _drop, ...rest } = schema;
  return rest;
}

/** The document as written to disk. */
export function renderOpenApi(): string {
  return `${JSON.stringify(generateOpenApi(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  fs.writeFileSync(OPENAPI_FILE, renderOpenApi());
  process.stdout.write(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}\n`);
}
