// Sets up a real group over the real REST API, the way an organiser would: first-run setup, a
// group, a member invite. Members accept it over REST here (the invite page has its own e2e test)
// and their httpOnly credential cookie goes into a browser context, as if they had joined there.
import type { Browser, BrowserContext } from 'playwright-core';
import { mediaContext } from './browser';

export interface Cookie {
  name: string;
  value: string;
}

export interface LiveGroup {
  groupId: string;
  /** The invite token of a member link without a use limit. */
  inviteToken: string;
  /** The organiser's signed-in session cookie (for REST calls as the organiser). */
  organiser: Cookie;
  /** Accept the invite as `pseudonym`; resolves to the member's credential cookie. */
  addMember(pseudonym: string): Promise<Cookie>;
}

function cookiesOf(res: Response): Cookie[] {
  return res.headers.getSetCookie().map((line) => {
    const [pair] = line.split(';');
    const i = pair!.indexOf('=');
    return { name: pair!.slice(0, i).trim(), value: pair!.slice(i + 1).trim() };
  });
}

/** A same-origin JSON request, as the browser's fetch would send it (the server checks Origin). */
export async function apiRequest(baseUrl: string, method: string, path: string, body?: unknown, cookies: Cookie[] = []): Promise<Response> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Origin: baseUrl,
      'Content-Type': 'application/json',
      ...(cookies.length ? { Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return res;
}

export async function seedLiveGroup(baseUrl: string, name = 'Tuesday circle'): Promise<LiveGroup> {
  const setup = await apiRequest(baseUrl, 'POST', '/api/setup', { email: 'organiser@example.org', password: 'a long enough password', displayName: 'Morgan' });
  const organiser = cookiesOf(setup).find((c) => c.name === 'hearth_session');
  if (!organiser) throw new Error('setup did not sign the organiser in');
  const group = (await (
    await apiRequest(
      baseUrl,
      'POST',
      '/api/groups',
      {
        name,
        description: 'A calm circle for people living with loss.',
        focus: 'grief',
        guidelines: 'What is shared here stays here.',
        settings: { waitingRoom: false, talkingStick: false, turnSeconds: 120 },
      },
      [organiser],
    )
  ).json()) as { id: string };
  const invite = (await (
    await apiRequest(baseUrl, 'POST', `/api/groups/${group.id}/invites`, { role: 'member', expiresInHours: 24, maxUses: null, note: null }, [organiser])
  ).json()) as { url: string };
  const inviteToken = decodeURIComponent(new URL(invite.url).pathname.split('/').pop()!);
  return {
    groupId: group.id,
    inviteToken,
    organiser,
    async addMember(pseudonym) {
      const res = await apiRequest(baseUrl, 'POST', `/api/invites/${encodeURIComponent(inviteToken)}/member`, {
        pseudonym,
        avatarColour: null,
        acceptGuidelines: true,
      });
      const cookie = cookiesOf(res).find((c) => c.name === 'hearth_member');
      if (!cookie) throw new Error('accepting the invite set no member cookie');
      return cookie;
    },
  };
}

/** A browser context (camera, microphone) that carries a member's credential cookie. */
export async function memberContext(browser: Browser, baseUrl: string, cookie: Cookie, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const context = await mediaContext(browser, baseUrl, viewport);
  await context.addCookies([{ ...cookie, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  return context;
}
