// Sets up a real group over the real REST API (test/helpers/api.ts), the way an organiser would:
// first-run setup, a group, a member invite. Members accept it over REST here (the invite page has
// its own e2e test) and their httpOnly credential cookie goes into a browser context, as if they
// had joined there.
import type { Browser as Chromium, BrowserContext } from 'playwright-core';
import { Browser, createGroup, createInvite, joinAsMember } from '../helpers/api';
import { mediaContext } from './browser';

export interface Cookie {
  name: string;
  value: string;
}

export interface LiveGroup {
  groupId: string;
  /** The invite token of a member link without a use limit. */
  inviteToken: string;
  /** The signed-in organiser, for REST calls as the organiser. */
  organiser: Browser;
  /** Accept the invite as `pseudonym`; resolves to the member's credential cookie. */
  addMember(pseudonym: string): Promise<Cookie>;
}

export interface SeedSettings {
  waitingRoom: boolean;
  talkingStick: boolean;
  turnSeconds: number;
}

export async function seedLiveGroup(baseUrl: string, name = 'Tuesday circle', settings: Partial<SeedSettings> = {}): Promise<LiveGroup> {
  const organiser = new Browser(baseUrl);
  await organiser.ok('setup', { body: { email: 'organiser@example.org', password: 'a long enough password', displayName: 'Morgan' } });
  const group = await createGroup(organiser, {
    name,
    description: 'A calm circle for people living with loss.',
    focus: 'grief',
    guidelines: 'What is shared here stays here.',
    settings: { waitingRoom: false, talkingStick: false, turnSeconds: 120, ...settings },
  });
  const { token: inviteToken } = await createInvite(organiser, group.id);
  return {
    groupId: group.id,
    inviteToken,
    organiser,
    async addMember(pseudonym) {
      const device = new Browser(baseUrl);
      await joinAsMember(device, inviteToken, pseudonym);
      const value = device.cookies.get('hearth_member');
      if (!value) throw new Error('accepting the invite set no member cookie');
      return { name: 'hearth_member', value };
    },
  };
}

/** The organiser's signed-in session as a cookie, for a browser context. */
export function sessionCookie(organiser: Browser): Cookie {
  const value = organiser.cookies.get('hearth_session');
  if (!value) throw new Error('the organiser is not signed in');
  return { name: 'hearth_session', value };
}

/** A browser context (camera, microphone) that carries a member's credential cookie. */
export async function memberContext(browser: Chromium, baseUrl: string, cookie: Cookie, viewport?: { width: number; height: number }, timezoneId?: string): Promise<BrowserContext> {
  const context = await mediaContext(browser, baseUrl, viewport, timezoneId);
  await context.addCookies([{ ...cookie, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  return context;
}
