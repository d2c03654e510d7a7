// Takes the screenshots in docs/screenshots/ with real Chromium, real media and the real server:
// landing, prejoin and a three-person group session, at desktop and phone widths.  npm run screenshots
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { startTestServer } from '../test/helpers/server';
import { builtClientDir, launchChromium, mediaContext } from '../test/e2e/browser';
import { memberContext, seedLiveGroup, type LiveGroup } from '../test/e2e/groupSeed';
import { joinThroughUi } from '../test/e2e/pageDriver';

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

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startTestServer({ CLIENT_DIR: builtClientDir() });
  const browser = await launchChromium();
  try {
    // Two people already in the room; one has the microphone off, so the muted badge shows.
    const group = await seedLiveGroup(server.url);
    const others = [];
    for (const name of ['Ana', 'Sam']) {
      const ctx = await memberContext(browser, server.url, await group.addMember(name), { width: 640, height: 480 });
      const page = await ctx.newPage();
      await joinThroughUi(page, group.groupId);
      others.push(ctx);
      if (name === 'Sam') await page.getByRole('button', { name: 'Turn microphone off' }).click();
    }
    for (const size of Object.keys(SIZES) as Array<keyof typeof SIZES>) await shoot(browser, server.url, group, size);
    for (const ctx of others) await ctx.close();
    console.log(`screenshots written to ${OUT}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
