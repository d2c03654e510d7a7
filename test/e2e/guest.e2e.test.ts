// A guest link, through the real UI in real Chromium: the host of an instant room makes a link in
// the People panel; a guest with no account opens it, picks a name, and waits in the waiting room,
// unseen, until the host admits them; then each sees the other.
import { describe, expect, it } from 'vitest';
import { mediaContext } from './browser';
import { seedLiveGroup, sessionCookie } from './groupSeed';
import { e2eWorld } from './world';

const world = e2eWorld();

describe('a guest link to an instant room', () => {
  it('lets a guest in under a chosen name only once the host admits them', async () => {
    const { server, browser } = world;
    const { organiser } = await seedLiveGroup(server.url);
    const hostContext = world.keep(await mediaContext(browser, server.url));
    await hostContext.addCookies([{ ...sessionCookie(organiser), url: server.url, httpOnly: true, sameSite: 'Lax' }]);
    const host = await hostContext.newPage();
    await host.goto('/r/evening-drop-in');
    await host.getByRole('button', { name: /^Join/ }).click({ timeout: 20_000 });
    await host.getByRole('toolbar', { name: 'Call controls' }).waitFor({ timeout: 20_000 });

    await host.getByRole('button', { name: 'Create a guest link' }).click({ timeout: 10_000 });
    const url = await host.getByRole('textbox', { name: 'Guest link' }).inputValue({ timeout: 10_000 });
    expect(url).toMatch(/\/guest\//);

    const guestContext = world.keep(await mediaContext(browser, server.url));
    const guest = await guestContext.newPage();
    await guest.goto(new URL(url).pathname);
    await guest.getByLabel('Name to show').fill('Robin');
    await guest.getByRole('button', { name: 'Continue' }).click();
    await guest.getByText('You will appear as Robin').waitFor({ timeout: 20_000 });
    await guest.getByRole('button', { name: /^Join/ }).click({ timeout: 20_000 });
    await guest.getByText(/will let you in/).waitFor({ timeout: 20_000 });
    await expect(host.getByRole('group', { name: 'Robin', exact: true }).count()).resolves.toBe(0);

    await host.getByRole('button', { name: 'Admit Robin' }).click({ timeout: 20_000 });
    await guest.getByRole('toolbar', { name: 'Call controls' }).waitFor({ timeout: 20_000 });
    await host.getByRole('group', { name: 'Robin', exact: true }).waitFor({ timeout: 20_000 });
    await guest.getByRole('group', { name: 'Morgan', exact: true }).waitFor({ timeout: 20_000 });
  });
});
