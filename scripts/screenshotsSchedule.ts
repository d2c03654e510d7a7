// Screenshots of scheduling (issue 6), on a server whose clock reads Monday 22 March 2027, 17:00 UTC:
// a weekly London circle seen by a member in New York (the US changed clocks on 14 March, the UK
// changes on 28 March, so the session moves an hour for her), the organiser's schedule page, "find
// a time" with three members' availability, a member opening the room before it opens, and an
// organiser in New York moving one session.
//   npx tsx scripts/screenshotsSchedule.ts   (after npm run build; also run by npm run screenshots)
import type { Browser } from 'playwright-core';
import { builtClientDir } from '../test/e2e/browser';
import { memberContext, seedLiveGroup, sessionCookie, type Cookie } from '../test/e2e/groupSeed';
import { Browser as ApiBrowser, createSeries } from '../test/helpers/api';
import { startTestServer } from '../test/helpers/server';

const FAKE_NOW = Date.parse('2027-03-22T17:00:00Z');

async function share(url: string, cookie: Cookie, groupId: string, zone: string, from: string, to: string): Promise<void> {
  const device = new ApiBrowser(url);
  device.cookies.set(cookie.name, cookie.value);
  await device.ok('setAvailability', { params: { groupId }, body: { zone, weekly: [2, 3, 4].map((weekday) => ({ weekday: weekday as 2 | 3 | 4, from, to })) } });
}

export async function scheduleScreenshots(browser: Browser, out: string, sizes: Record<string, { width: number; height: number }>): Promise<void> {
  const offset = FAKE_NOW - Date.now();
  const server = await startTestServer({ CLIENT_DIR: builtClientDir() }, { now: () => Date.now() + offset });
  try {
    const group = await seedLiveGroup(server.url, 'Tuesday grief circle');
    await createSeries(group.organiser, group.groupId, '2027-03-02T19:00', { durationMinutes: 90, count: 20 }, 'Tuesday evening circle');
    const monthly = await createSeries(group.organiser, group.groupId, '2027-04-06T12:00', { durationMinutes: 60, repeat: { freq: 'monthly', nthWeekday: { nth: 1, weekday: 2 } } }, 'First-Tuesday lunch check-in');
    await group.organiser.ok('cancelOccurrence', { params: { groupId: group.groupId, seriesId: monthly.id, slot: '2027-05-04T12:00' } });
    const ana = await group.addMember('Ana');
    const ben = await group.addMember('Ben');
    const cy = await group.addMember('Cy');
    await share(server.url, ana, group.groupId, 'America/New_York', '12:00', '17:00');
    await share(server.url, ben, group.groupId, 'Europe/London', '17:00', '22:00');
    await share(server.url, cy, group.groupId, 'Asia/Kolkata', '21:00', '23:59');

    for (const [size, viewport] of Object.entries(sizes)) {
      const member = await memberContext(browser, server.url, ana, viewport, 'America/New_York');
      const page = await member.newPage();
      await page.goto(`/groups/${group.groupId}`);
      await page.getByRole('heading', { name: /Upcoming sessions/ }).waitFor();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${out}/schedule-member-${size}.png`, fullPage: true });
      await page.goto(`/g/${group.groupId}`);
      await page.getByText(/opens at/i).first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/session-not-open-${size}.png`, fullPage: true });
      await member.close();

      const staff = await memberContext(browser, server.url, sessionCookie(group.organiser), viewport, 'Europe/London');
      const editor = await staff.newPage();
      await editor.goto(`/groups/${group.groupId}/schedule`);
      await editor.getByRole('heading', { level: 1 }).first().waitFor();
      await editor.waitForTimeout(800);
      await editor.screenshot({ path: `${out}/schedule-editor-${size}.png`, fullPage: true });
      // Breakouts planned for the next session: two circles, Ana and Ben apart.
      await editor.getByRole('button', { name: /^Plan breakouts/ }).first().click();
      await editor.getByLabel('Room for Ana').selectOption({ label: 'Circle 1' });
      await editor.getByLabel('Room for Ben').selectOption({ label: 'Circle 2' });
      await editor.waitForTimeout(400);
      await editor.getByRole('form', { name: /^Plan breakouts for the session/ }).screenshot({ path: `${out}/occurrence-plan-${size}.png` });
      await editor.goto(`/groups/${group.groupId}/find-time`);
      await editor.getByRole('heading', { level: 1 }).first().waitFor();
      await editor.getByRole('button', { name: /find|search/i }).first().click();
      await editor.waitForTimeout(1200);
      await editor.screenshot({ path: `${out}/find-time-${size}.png`, fullPage: true });
      await staff.close();

      // Moving one session, by an organiser who lives in New York: the hint gives both clocks.
      const away = await memberContext(browser, server.url, sessionCookie(group.organiser), viewport, 'America/New_York');
      const mover = await away.newPage();
      await mover.goto(`/groups/${group.groupId}/schedule`);
      await mover.getByRole('button', { name: /^Move session on/ }).first().click();
      const move = mover.getByRole('form', { name: /^Move the session on/ }).first();
      await move.getByLabel('New start time').fill('20:30');
      await mover.waitForTimeout(300);
      await move.screenshot({ path: `${out}/occurrence-move-${size}.png` });
      await away.close();
    }
  } finally {
    await server.close();
  }
}
