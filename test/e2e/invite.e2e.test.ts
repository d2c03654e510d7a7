// A member's whole path in real Chromium: open an invite link, read and accept the guidelines,
// choose a pseudonym, save the recovery code, go to their groups, join the live session and see
// another member's video. Then a facilitator removes them: they are out of the room at once, the
// others stop seeing them, and their credential no longer opens the session.
import { describe, expect, it } from 'vitest';
import { mediaContext } from './browser';
import { memberContext, seedLiveGroup } from './groupSeed';
import { inbound, joinThroughUi, pollUntil } from './pageDriver';
import { e2eWorld } from './world';

const world = e2eWorld();

describe('a member invited by link', () => {
  it('joins the group under a pseudonym, enters the live session, and is cut off at once when removed', async () => {
    const { server, browser } = world;
    const group = await seedLiveGroup(server.url, 'Tuesday circle');
    // Sol is already in the session.
    const solContext = world.keep(await memberContext(browser, server.url, await group.addMember('Sol')));
    const sol = await solContext.newPage();
    await joinThroughUi(sol, group.groupId);

    // Wren opens the invite link in a fresh browser: no account, no email.
    const wrenContext = world.keep(await mediaContext(browser, server.url));
    const wren = await wrenContext.newPage();
    await wren.goto(`/invite/${encodeURIComponent(group.inviteToken)}`);
    await wren.getByRole('heading', { level: 1, name: 'Join Tuesday circle' }).waitFor();
    await expect(wren.getByText('What is shared here stays here.').isVisible()).resolves.toBe(true);
    await wren.getByLabel('Your name in this group').fill('Wren');
    await wren.getByRole('button', { name: 'Join', exact: true }).click();
    // Joining without accepting the guidelines is refused, with the reason next to the box.
    await expect(wren.getByRole('heading', { name: 'Save your recovery code' }).count()).resolves.toBe(0);
    await wren.getByLabel('I accept these guidelines').check();
    await wren.getByRole('button', { name: 'Join', exact: true }).click();
    await wren.getByRole('heading', { name: 'Save your recovery code' }).waitFor();
    const code = await wren.getByLabel('Your recovery code').inputValue();
    expect(code.replace(/-/g, '').length).toBeGreaterThanOrEqual(20);
    await wren.getByRole('button', { name: 'Continue' }).click();

    await wren.getByRole('link', { name: 'Join live session of Tuesday circle' }).click();
    await wren.getByText('You will appear as Wren').waitFor({ timeout: 20_000 });
    await wren.getByRole('button', { name: /^Join/ }).click();
    await wren.getByRole('toolbar', { name: 'Call controls' }).waitFor({ timeout: 20_000 });
    await wren.getByRole('group', { name: 'Sol', exact: true }).waitFor({ timeout: 20_000 });
    await pollUntil('Wren decodes Sol\'s video', () => inbound(wren), (s) => s.some((x) => x.kind === 'video' && x.framesDecoded > 0));
    await sol.getByRole('group', { name: 'Wren', exact: true }).waitFor({ timeout: 20_000 });

    // The organiser removes Wren.
    const { members } = await group.organiser.ok('listMembers', { params: { groupId: group.groupId } });
    const wrenId = members.find((m) => m.pseudonym === 'Wren')!.membershipId;
    await group.organiser.ok('removeMember', { params: { groupId: group.groupId, membershipId: wrenId } });

    await wren.getByText('A facilitator removed you from this group').waitFor({ timeout: 10_000 });
    await sol.getByRole('group', { name: 'Wren', exact: true }).waitFor({ state: 'detached', timeout: 10_000 });
    // Wren's camera and microphone are off: no track of hers is live any more.
    await expect(wren.evaluate(() => window.hearth.session?.local.state.get().camera.type)).resolves.toBe('placeholder');

    // Her credential no longer opens the session.
    await wren.goto(`/g/${group.groupId}`);
    await wren.getByRole('status').filter({ hasText: 'This browser is not a member of this group' }).waitFor({ timeout: 20_000 });
    await expect(wren.getByRole('button', { name: /^Join/ }).isDisabled()).resolves.toBe(true);
  });
});
