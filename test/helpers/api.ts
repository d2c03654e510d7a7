// Talks to the real REST API over HTTP the way a browser does: each Browser keeps its own cookies
// and sends our Origin on state changes. Plus the few steps most API tests start from.
import type { z } from 'zod';
import { fillPath, ROUTES, type ApiResponses, type groupBody, type repeatSchema, type RouteName } from '../../shared/api';

export interface ApiResult<T = unknown> {
  status: number;
  /** Parsed JSON, or undefined for an empty body. */
  body: T;
  text: string;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** The Origin header on state changes; null sends none. Default: the server's own origin. */
  origin?: string | null;
}

export interface CallOptions extends RequestOptions {
  params?: Record<string, string>;
}

const SAFE = new Set(['GET', 'HEAD']);

export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The same server from a device with no cookies at all. */
  fresh(): Browser {
    return new Browser(this.baseUrl);
  }

  async request<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    const origin = opts.origin === undefined ? new URL(this.baseUrl).origin : opts.origin;
    if (!SAFE.has(method) && origin !== null) headers['Origin'] = origin;
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers['Cookie'] = cookie;
    let body: string | undefined = opts.rawBody;
    if (body === undefined && opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.storeCookie(line);
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed as T, text, headers: response.headers };
  }

  /** Calls a route of shared/api's ROUTES by name. */
  call<N extends RouteName>(name: N, opts: CallOptions = {}): Promise<ApiResult<Answer<N>>> {
    const spec = ROUTES[name];
    return this.request(spec.method.toUpperCase(), fillPath(spec.path, opts.params), opts);
  }

  /** Like call, but throws unless the route answered with its success status. */
  async ok<N extends RouteName>(name: N, opts: CallOptions = {}): Promise<ApiResponses[N]> {
    const result = await this.call(name, opts);
    if (result.status !== ROUTES[name].status) throw new Error(`${name}: expected ${ROUTES[name].status}, got ${result.status} ${result.text}`);
    return result.body as ApiResponses[N];
  }

  private storeCookie(line: string): void {
    const [pair, ...attributes] = line.split(';');
    const eq = pair!.indexOf('=');
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a)) || value === '';
    if (expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

/** A route's success body (nothing for 204s), which on failure is an error body instead. */
export type Answer<N extends RouteName> = ApiResponses[N] extends undefined ? ErrorShape : ApiResponses[N] & ErrorShape;

/** Error answers carry this; success answers do not (so tests can read both off one result). */
export interface ErrorShape {
  error?: { code: string; message: string; fields?: Record<string, string> };
}

// ---- common steps ----------------------------------------------------------------------------

export const PASSWORD = 'correct horse battery staple';

export const GROUP_BODY: z.input<typeof groupBody> = {
  name: 'Tuesday evening circle',
  description: 'A peer group for carers',
  focus: 'parenting',
  guidelines: 'What is said here stays here.',
  settings: { waitingRoom: true, talkingStick: false, turnSeconds: 120 },
};

let emails = 0;
export function uniqueEmail(label = 'person'): string {
  emails += 1;
  return `${label}${emails}@example.org`;
}

/** Runs first-run setup in a new browser: that browser is signed in as the organiser. */
export async function setUpOrganiser(baseUrl: string, email = uniqueEmail('organiser'), displayName = 'Ana Organiser'): Promise<Browser> {
  const browser = new Browser(baseUrl);
  await browser.ok('setup', { body: { email, password: PASSWORD, displayName } });
  return browser;
}

export async function createGroup(organiser: Browser, over: Partial<typeof GROUP_BODY> = {}) {
  return organiser.ok('createGroup', { body: { ...GROUP_BODY, ...over } });
}

export async function createInvite(
  staff: Browser,
  groupId: string,
  role: 'member' | 'facilitator' | 'co_facilitator' = 'member',
  over: { expiresInHours?: number; maxUses?: number | null; note?: string | null } = {},
) {
  const invite = await staff.ok('createInvite', { params: { groupId }, body: { role, expiresInHours: 24, maxUses: null, note: null, ...over } });
  return { invite, token: tokenOf(invite.url) };
}

/** The token part of an invite link. */
export function tokenOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\/invite\//, ''));
}

export async function joinAsMember(browser: Browser, token: string, pseudonym: string) {
  return browser.ok('acceptMemberInvite', { params: { token }, body: { pseudonym, avatarColour: null, acceptGuidelines: true } });
}

/** A new staff account made through a staff invite, signed in in a new browser. */
export async function joinAsNewStaff(baseUrl: string, token: string, displayName: string, email = uniqueEmail('staff')) {
  const browser = new Browser(baseUrl);
  const answer = await browser.ok('acceptStaffInvite', {
    params: { token },
    body: { acceptGuidelines: true, account: { email, password: PASSWORD, displayName } },
  });
  return { browser, email, answer };
}

/** The token part of a guest link (`…/guest/<token>`). */
export function guestTokenOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\/guest\//, ''));
}

/** A guest link to an instant room, made by a signed-in account. */
export async function createGuestLink(host: Browser, roomId: string, ttlHours?: number) {
  const link = await host.ok('createGuestLink', { params: { roomId }, body: ttlHours === undefined ? {} : { ttlHours } });
  return { link, token: guestTokenOf(link.url) };
}

/** Accepts a guest link in `browser` under `displayName`: the browser now holds a guest pass. */
export async function joinAsGuest(browser: Browser, token: string, displayName: string) {
  return browser.ok('acceptGuestLink', { params: { token }, body: { displayName } });
}

// ---- scheduling ----------------------------------------------------------------------------------

export interface ScheduleInput {
  zone: string;
  start: string;
  durationMinutes: number;
  repeat?: z.input<typeof repeatSchema>;
  until?: string;
  count?: number;
}

/** A series made by a facilitator or organiser; default: one hour every week from `start`, London time. */
export async function createSeries(staff: Browser, groupId: string, start: string, over: Partial<ScheduleInput> = {}, title = 'Weekly circle') {
  return staff.ok('createSeries', {
    params: { groupId },
    body: { title, description: '', schedule: { zone: 'Europe/London', start, durationMinutes: 60, repeat: { freq: 'weekly' }, ...over } },
  });
}

/** The token part of a calendar feed address (`…/api/calendar-feeds/<token>`). */
export function feedTokenOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\/api\/calendar-feeds\//, ''));
}

/** A local 'YYYY-MM-DD' some days away from the instant `ms` (UTC date; fine for picking test dates). */
export function dateFrom(ms: number, days: number): string {
  return new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}
