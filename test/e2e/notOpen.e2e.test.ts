// A scheduled group's session before its join window, through the real UI in real Chromium: the
// member sees when it opens in their own time, and their camera and microphone are never asked
// for (no camera light for a room that is not open). Staff, who may always open the room, are.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSeries, dateFrom } from '../helpers/api';
import { memberContext, seedLiveGroup, sessionCookie } from './groupSeed';
import { e2eWorld } from './world';

const world = e2eWorld();

/** A page that counts its getUserMedia calls (window.__gum). */
async function countingPage(context: BrowserContext): Promise<Page> {
  world.keep(context);
  await context.addInitScript(() => {
    const w = window as unknown as { __gum: number };
    w.__gum = 0;
    const md = navigator.mediaDevices;
    const original = md.getUserMedia.bind(md);
    md.getUserMedia = (constraints?: MediaStreamConstraints) => {
      w.__gum += 1;
      return original(constraints);
    };
  });
  return context.newPage();
}

const gumCalls = (page: Page) => page.evaluate(() => (window as unknown as { __gum: number }).__gum);

describe('a scheduled session that is not open yet', () => {
  it('tells the member when it opens and never turns their camera on; staff may open it early', async () => {
    const { server, browser } = world;
    const group = await seedLiveGroup(server.url, 'Thursday circle');
    await createSeries(group.organiser, group.groupId, `${dateFrom(Date.now(), 3)}T12:00`, { count: 4 });
    const cookie = await group.addMember('Ana');

    const member = await countingPage(await memberContext(browser, server.url, cookie));
    await member.goto(`/g/${group.groupId}`);
    await member.getByText(/opens at/i).first().waitFor({ timeout: 20_000 });
    await member.waitForTimeout(1000); // time enough for a camera to have been asked for
    expect(await gumCalls(member)).toBe(0);
    await expect(member.getByRole('button', { name: /^Join/ }).count()).resolves.toBe(0);

    const staff = await countingPage(await memberContext(browser, server.url, sessionCookie(group.organiser)));
    await staff.goto(`/g/${group.groupId}`);
    await staff.getByRole('button', { name: /^Join/ }).waitFor({ timeout: 20_000 });
    await expect.poll(() => gumCalls(staff), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
