// Takes the screenshots in docs/screenshots/ with real Chromium, real media and the real server:
// first-run setup, sign in, the organiser's groups and group page, an invite, the recovery code,
// a member's groups, then prejoin and a three-person group session, at desktop and phone widths;
// then a facilitated session (screenshotsSession.ts) and scheduling (screenshotsSchedule.ts).
//   npm run screenshots
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../test/helpers/server';
import { builtClientDir, launchChromium, mediaContext } from '../test/e2e/browser';
import { createInvite } from '../test/helpers/api';
import { memberContext, seedLiveGroup, sessionCookie, type Cookie, type LiveGroup } from '../test/e2e/groupSeed';
import { joinThroughUi } from '../test/e2e/pageDriver';
import { scheduleScreenshots } from './screenshotsSchedule';
import { sessionScreenshots } from './screenshotsSession';

const OUT = 'docs/screenshots';
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function shoot(browser: Browser, url: string, group: LiveGroup, size: keyof typeof SIZES): Promise<void> {
  const landing = await mediaContext(browser, url, SIZES[size]);
  const home = await landing.newPage();
  await home.goto('/');
  await home.waitForTimeout(500);
  await home.screenshot({ path: `${OUT}/landing-${size}.png` });
  await landing.close();
  const ctx = await memberContext(browser, url, await group.addMember(size === 'phone' ? 'River' : 'Robin'), SIZES[size]);
  const page = await ctx.newPage();
  await page.goto(`/g/${group.groupId}`);
  await page.waitForFunction(() => window.hearth.session?.state.get().mediaReady === true, null, { timeout: 20_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/prejoin-${size}.png` });
  await page.getByRole('button', { name: /^Join/ }).click();
  await page.getByRole('toolbar', { name: 'Call controls' }).waitFor();
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `${OUT}/room-${size}.png` });
  await ctx.close();
}

/** A page in a fresh context (optionally with a cookie), settled, saved as <name>-<size>.png. */
async function capture(browser: Browser, url: string, path: string, name: string, size: keyof typeof SIZES, cookie?: Cookie): Promise<Page> {
  const ctx = cookie ? await memberContext(browser, url, cookie, SIZES[size]) : await mediaContext(browser, url, SIZES[size]);
  const page = await ctx.newPage();
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/${name}-${size}.png`, fullPage: true });
  return page;
}

async function accountPages(browser: Browser, url: string, group: LiveGroup, size: keyof typeof SIZES): Promise<void> {
  await (await capture(browser, url, '/signin', 'signin', size)).context().close();
  await (await capture(browser, url, '/groups', 'groups', size, sessionCookie(group.organiser))).context().close();
  // The group page with a second invite and some members in it.
  await (await capture(browser, url, `/groups/${group.groupId}`, 'group', size, sessionCookie(group.organiser))).context().close();
  const invite = await capture(browser, url, `/invite/${encodeURIComponent(group.inviteToken)}`, 'invite', size);
  await invite.getByLabel('I accept these guidelines').check();
  await invite.getByLabel('Your name in this group').fill(size === 'phone' ? 'Kestrel' : 'Heron');
  await invite.getByRole('button', { name: 'Join', exact: true }).click();
  await invite.getByRole('heading', { name: 'Save your recovery code' }).waitFor();
  await invite.waitForTimeout(400);
  await invite.screenshot({ path: `${OUT}/recovery-code-${size}.png`, fullPage: true });
  await invite.getByRole('button', { name: 'Continue' }).click();
  await invite.getByRole('heading', { level: 1, name: 'My groups' }).waitFor();
  await invite.waitForTimeout(400);
  await invite.screenshot({ path: `${OUT}/member-home-${size}.png`, fullPage: true });
  await invite.context().close();
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startTestServer({ CLIENT_DIR: builtClientDir() });
  const browser = await launchChromium();
  try {
    // First run: no account yet, so the app asks for the first organiser.
    for (const size of Object.keys(SIZES) as Array<keyof typeof SIZES>) {
      await (await capture(browser, server.url, '/setup', 'setup', size)).context().close();
    }
    const group = await seedLiveGroup(server.url);
    await createInvite(group.organiser, group.groupId, 'facilitator', { expiresInHours: 72, maxUses: 1, note: 'Co-lead for spring' });
    // Two people already in the room; one has the microphone off, so the muted badge shows.
    const others = [];
    for (const name of ['Ana', 'Sam']) {
      const ctx = await memberContext(browser, server.url, await group.addMember(name), { width: 640, height: 480 });
      const page = await ctx.newPage();
      await joinThroughUi(page, group.groupId);
      others.push(ctx);
      if (name === 'Sam') await page.getByRole('button', { name: 'Turn microphone off' }).click();
    }
    for (const size of Object.keys(SIZES) as Array<keyof typeof SIZES>) {
      await accountPages(browser, server.url, group, size);
      await shoot(browser, server.url, group, size);
    }
    for (const ctx of others) await ctx.close();
    await sessionScreenshots(browser, OUT, SIZES);
    await scheduleScreenshots(browser, OUT, SIZES);
    console.log(`screenshots written to ${OUT}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
