// Screenshots of a facilitated session (part of `npm run screenshots`): the waiting room, the
// facilitator's panel with someone waiting, a member's turn under the talking stick with the hand
// queue, the chat, and a guest link's page. Real server, real Chromium, real media.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtClientDir, mediaContext } from '../test/e2e/browser';
import { memberContext, seedLiveGroup, sessionCookie } from '../test/e2e/groupSeed';
import { createGuestLink } from '../test/helpers/api';
import { startTestServer } from '../test/helpers/server';

type Size = { width: number; height: number };

async function enter(contexts: BrowserContext[], context: BrowserContext, path: string): Promise<Page> {
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole('button', { name: /^Join/ }).click({ timeout: 20_000 });
  return page;
}

/** On a server of its own (a fresh first-run setup with its own organiser). */
export async function sessionScreenshots(browser: Browser, out: string, sizes: Record<string, Size>): Promise<void> {
  const server = await startTestServer({ CLIENT_DIR: builtClientDir() });
  const url = server.url;
  const group = await seedLiveGroup(url, 'Thursday circle', { waitingRoom: true });
  const contexts: BrowserContext[] = [];
  try {
    const facContext = await mediaContext(browser, url, sizes.desktop);
    await facContext.addCookies([{ ...sessionCookie(group.organiser), url, httpOnly: true, sameSite: 'Lax' }]);
    const fac = await enter(contexts, facContext, `/g/${group.groupId}`);
    await fac.getByRole('toolbar', { name: 'Call controls' }).waitFor({ timeout: 20_000 });
    const members: Page[] = [];
    for (const [name, size] of [['Ana', sizes.desktop], ['Sam', sizes.phone], ['Lee', sizes.desktop]] as const) {
      members.push(await enter(contexts, await memberContext(browser, url, await group.addMember(name), size), `/g/${group.groupId}`));
      await new Promise((r) => setTimeout(r, 800));
    }
    const [ana, sam] = members as [Page, Page, Page]; // Lee stays waiting, for the panel's waiting list
    await sam.getByText('The facilitator will let you in soon.').waitFor({ timeout: 20_000 });
    await sam.waitForTimeout(1500);
    await sam.screenshot({ path: `${out}/waiting-room-phone.png`, fullPage: true });
    await ana.screenshot({ path: `${out}/waiting-room-desktop.png`, fullPage: true });

    await fac.getByRole('button', { name: 'Admit Ana' }).click({ timeout: 20_000 });
    await fac.getByRole('button', { name: 'Admit Sam' }).click();
    await ana.getByRole('toolbar', { name: 'Call controls' }).waitFor({ timeout: 20_000 });
    await fac.waitForTimeout(2500);
    await fac.screenshot({ path: `${out}/facilitator-panel-desktop.png` }); // Lee still waiting

    const stick = fac.getByRole('radio', { name: 'Talking stick' });
    await stick.click();
    await fac.waitForFunction(() => window.hearth.session?.state.get().session !== null, null);
    await ana.getByRole('button', { name: 'Raise hand' }).click();
    await sam.getByRole('button', { name: 'Raise hand' }).click();
    await ana.getByRole('alertdialog', { name: 'Your turn' }).waitFor({ timeout: 10_000 });
    await ana.waitForTimeout(1500);
    await ana.screenshot({ path: `${out}/your-turn-desktop.png` });
    await sam.waitForTimeout(500);
    await sam.screenshot({ path: `${out}/stick-queue-phone.png` });

    await ana.getByRole('button', { name: 'Unmute' }).click();
    await fac.evaluate(() => window.hearth.session!.sendChat('Welcome, everyone. Take your time.', 'room'));
    await sam.evaluate(() => window.hearth.session!.sendChat('Thank you for having me here tonight.', 'room'));
    await ana.getByRole('button', { name: 'Chat' }).click();
    await ana.waitForTimeout(1000);
    await ana.screenshot({ path: `${out}/chat-desktop.png` });

    // Breakouts: the facilitator plans two rooms, opens them; a member in a breakout on a phone.
    await fac.getByRole('button', { name: 'Breakouts' }).click();
    await fac.getByLabel('Number of rooms').fill('2');
    await fac.getByRole('button', { name: 'Create plan' }).click();
    await fac.getByRole('button', { name: 'Open breakouts' }).waitFor();
    await fac.waitForTimeout(800);
    await fac.screenshot({ path: `${out}/breakout-planner-desktop.png` });
    await fac.getByRole('button', { name: 'Open breakouts' }).click();
    await sam.getByText('Time left in this breakout', { exact: false }).first().waitFor({ timeout: 20_000 }).catch(() => undefined);
    await fac.waitForTimeout(2500);
    await fac.screenshot({ path: `${out}/breakout-overview-desktop.png` });
    await sam.waitForTimeout(1500);
    await sam.screenshot({ path: `${out}/breakout-member-phone.png` });

    // A guest link to an instant room, as the guest opens it.
    const { token } = await createGuestLink(group.organiser, 'evening-drop-in');
    for (const [name, size] of Object.entries(sizes)) {
      const guest = await mediaContext(browser, url, size);
      contexts.push(guest);
      const page = await guest.newPage();
      await page.goto(`/guest/${encodeURIComponent(token)}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${out}/guest-${name}.png`, fullPage: true });
    }
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await server.close();
  }
}
