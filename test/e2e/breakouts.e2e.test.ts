// Breakout rooms in real Chromium over the real SFU: the facilitator plans two rooms through the
// panel (Ana and Ben in Circle 1 with the selects, Cy dragged into Circle 2) and opens them; Ana and Ben receive each other's
// audio and video and nothing of Cy (inbound stats); Ben reloads and comes back into Circle 1; Cy
// asks for help and the facilitator sees it;
// closing all rooms brings everyone back, and everyone receives everyone again.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { startTestServer } from '../helpers/server';
import { builtClientDir, launchChromium, mediaContext } from './browser';
import { memberContext, seedLiveGroup, sessionCookie, type LiveGroup } from './groupSeed';
import { inbound, joinThroughUi, pollUntil, type Inbound } from './pageDriver';

let server: RunningServer;
let browser: Browser;
let group: LiveGroup;
const contexts: BrowserContext[] = [];
let fac: Page;
const members: Record<'Ana' | 'Ben' | 'Cy', { page: Page; peerId: string }> = {} as never;

beforeAll(async () => {
  server = await startTestServer({ CLIENT_DIR: builtClientDir() });
  browser = await launchChromium();
  group = await seedLiveGroup(server.url, 'Thursday circle');
  const facContext = await mediaContext(browser, server.url);
  contexts.push(facContext);
  await facContext.addCookies([{ ...sessionCookie(group.organiser), url: server.url, httpOnly: true, sameSite: 'Lax' }]);
  fac = await facContext.newPage();
  await joinThroughUi(fac, group.groupId);
  for (const name of ['Ana', 'Ben', 'Cy'] as const) {
    const context = await memberContext(browser, server.url, await group.addMember(name));
    contexts.push(context);
    const page = await context.newPage();
    members[name] = { page, peerId: await joinThroughUi(page, group.groupId) };
    await new Promise((r) => setTimeout(r, 1000)); // tabs apart: see testing.md
  }
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

const from = (stats: Inbound[], peerId: string, kind: 'audio' | 'video') => stats.find((s) => s.peerId === peerId && s.kind === kind);

/** `page` decodes video and receives audio from every peer in `peers`, and keeps receiving. */
async function receivesFrom(page: Page, peers: string[], what: string): Promise<void> {
  const first = await pollUntil(what, () => inbound(page), (stats) =>
    peers.every((p) => (from(stats, p, 'video')?.framesDecoded ?? 0) > 0 && (from(stats, p, 'audio')?.bytesReceived ?? 0) > 0),
  );
  await pollUntil(`${what} (still flowing)`, () => inbound(page), (later) =>
    peers.every((p) => from(later, p, 'audio')!.bytesReceived > from(first, p, 'audio')!.bytesReceived),
  );
}

describe('breakout rooms', () => {
  it('isolate media per room, carry a call for help, and bring everyone back', async () => {
    const { Ana, Ben, Cy } = members;
    await receivesFrom(Ana.page, [Ben.peerId, Cy.peerId], 'Ana receives Ben and Cy in the main room');

    // Plan two rooms by hand and open them, through the facilitator's panel.
    await fac.getByRole('button', { name: 'Breakouts' }).click();
    await fac.getByLabel('Number of rooms').fill('2');
    await fac.getByRole('radio', { name: 'Manual' }).check();
    await fac.getByRole('button', { name: 'Create plan' }).click();
    await fac.getByLabel('Room for Ana').selectOption({ label: 'Circle 1' });
    await fac.getByLabel('Room for Ben').selectOption({ label: 'Circle 1' });
    // Cy by drag and drop (the pointer shortcut beside the select), in Chromium's own HTML5 DnD.
    await fac.locator('.bo-person', { hasText: 'Cy' }).dragTo(fac.getByRole('region', { name: 'Circle 2' }));
    await expect.poll(() => fac.getByLabel('Room for Cy').inputValue(), { timeout: 10_000 }).toBe('b2');
    await fac.getByRole('button', { name: 'Open breakouts' }).click();

    for (const [name, room] of [['Ana', 'Circle 1'], ['Ben', 'Circle 1'], ['Cy', 'Circle 2']] as const) {
      await members[name].page.getByText(room, { exact: true }).first().waitFor({ timeout: 20_000 });
    }
    await receivesFrom(Ana.page, [Ben.peerId], 'Ana receives Ben in Circle 1');
    await receivesFrom(Ben.page, [Ana.peerId], 'Ben receives Ana in Circle 1');
    // Nothing of Cy (or the facilitator) reaches Circle 1, and nothing of Circle 1 reaches Cy.
    for (const page of [Ana.page, Ben.page]) {
      const stats = await inbound(page);
      expect(stats.filter((s) => s.peerId !== Ana.peerId && s.peerId !== Ben.peerId)).toEqual([]);
    }
    expect((await inbound(Cy.page)).filter((s) => s.peerId === Ana.peerId || s.peerId === Ben.peerId)).toEqual([]);

    // Ben's tab loads the session again (a new connection): he comes back into Circle 1, not the main room.
    Ben.peerId = await joinThroughUi(Ben.page, group.groupId);
    await Ben.page.getByText('Circle 1', { exact: true }).first().waitFor({ timeout: 20_000 });
    await receivesFrom(Ben.page, [Ana.peerId], 'Ben, back, receives Ana in Circle 1');
    await receivesFrom(Ana.page, [Ben.peerId], 'Ana receives Ben again');
    expect((await inbound(Ben.page)).filter((s) => s.peerId !== Ana.peerId)).toEqual([]);

    // Cy asks for help; the facilitator sees which room asked.
    await Cy.page.getByRole('button', { name: 'Ask for help' }).click();
    await fac.getByText(/Circle 2 asked for help/).first().waitFor({ timeout: 10_000 });

    // Close all rooms: everyone is back, and everyone receives everyone again.
    await fac.getByRole('button', { name: 'Close all rooms' }).click();
    await fac.getByRole('dialog').getByRole('button', { name: /Close all rooms|Close rooms/ }).click();
    await receivesFrom(Ana.page, [Ben.peerId, Cy.peerId], 'Ana receives Ben and Cy again');
    await receivesFrom(Cy.page, [Ana.peerId, Ben.peerId], 'Cy receives Ana and Ben again');
  }, 120_000);
});
