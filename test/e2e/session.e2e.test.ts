// A facilitated session in real Chromium over the real SFU: the facilitator (the group's organiser)
// admits two members from the waiting room, turns the talking stick on; both raise their hands;
// the first gets the floor and is heard while the second, even forcing its producer on like a
// modified client, is refused by the server and not heard; the short turn runs out and the floor
// passes; the facilitator mutes the speaker and the audio stops at the others.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { startTestServer } from '../helpers/server';
import { builtClientDir, launchChromium, mediaContext } from './browser';
import { memberContext, seedLiveGroup, sessionCookie, type LiveGroup } from './groupSeed';
import { inbound, pollUntil, type Inbound } from './pageDriver';

const TURN_MS = 12_000;

let server: RunningServer;
let browser: Browser;
let group: LiveGroup;
const contexts: BrowserContext[] = [];
let fac: Page;
let ana: Page;
let ben: Page;
const ids: Record<'fac' | 'ana' | 'ben', string> = { fac: '', ana: '', ben: '' };

const peerIdOf = (page: Page): Promise<string> =>
  page.waitForFunction(() => window.hearth.session?.peerId ?? null, null, { timeout: 20_000 }).then((h) => h.jsonValue() as Promise<string>);

async function open(context: BrowserContext): Promise<Page> {
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`/g/${group.groupId}`);
  await page.getByRole('button', { name: /^Join/ }).click({ timeout: 20_000 });
  return page;
}

const audioFrom = (stats: Inbound[], peerId: string): number => stats.find((s) => s.peerId === peerId && s.kind === 'audio')?.bytesReceived ?? 0;

/** Audio bytes from `speaker` at `listener`, now and after `ms`. */
async function audioGrowth(listener: Page, speaker: string, ms = 2000): Promise<number> {
  const before = audioFrom(await inbound(listener), speaker);
  await new Promise((r) => setTimeout(r, ms));
  return audioFrom(await inbound(listener), speaker) - before;
}

/** Waits until `speaker`'s audio grows at `listener` (receiving it at all can take a moment). */
async function heard(listener: Page, speaker: string, what: string): Promise<void> {
  let last = audioFrom(await inbound(listener), speaker);
  await pollUntil(what, async () => {
    const now = audioFrom(await inbound(listener), speaker);
    const grew = now > last + 500;
    last = now;
    return grew;
  }, (grew) => grew, 20_000);
}

beforeAll(async () => {
  server = await startTestServer({ CLIENT_DIR: builtClientDir() });
  browser = await launchChromium();
  group = await seedLiveGroup(server.url, 'Thursday circle', { waitingRoom: true });
  const facContext = await mediaContext(browser, server.url);
  await facContext.addCookies([{ ...sessionCookie(group.organiser), url: server.url, httpOnly: true, sameSite: 'Lax' }]);
  fac = await open(facContext);
  await fac.getByRole('toolbar', { name: 'Call controls' }).waitFor({ timeout: 20_000 });
  ids.fac = await peerIdOf(fac);
  ana = await open(await memberContext(browser, server.url, await group.addMember('Ana')));
  await new Promise((r) => setTimeout(r, 1000)); // tabs apart: see testing.md
  ben = await open(await memberContext(browser, server.url, await group.addMember('Ben')));
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

describe('a facilitated session', () => {
  it('members wait unseen until the facilitator admits them', async () => {
    for (const member of [ana, ben]) await member.getByRole('heading', { level: 1 }).filter({ hasText: /Thursday circle/ }).waitFor({ timeout: 20_000 });
    await expect(ana.getByRole('toolbar', { name: 'Call controls' }).count()).resolves.toBe(0);
    await expect(fac.getByRole('group', { name: 'Ana', exact: true }).count()).resolves.toBe(0);

    await fac.getByRole('button', { name: 'Admit Ana' }).click({ timeout: 20_000 });
    await fac.getByRole('button', { name: 'Admit Ben' }).click({ timeout: 20_000 });
    for (const member of [ana, ben]) await member.getByRole('toolbar', { name: 'Call controls' }).waitFor({ timeout: 20_000 });
    ids.ana = await peerIdOf(ana);
    ids.ben = await peerIdOf(ben);
    await fac.getByRole('group', { name: 'Ana', exact: true }).waitFor({ timeout: 20_000 });
    await fac.getByRole('group', { name: 'Ben', exact: true }).waitFor({ timeout: 20_000 });
    // Admitted with microphones on: they are heard in the open floor.
    await heard(fac, ids.ana, 'the facilitator hears Ana');
  });

  it('under the talking stick the first raised hand speaks; the second cannot, even forcing it', async () => {
    // A short turn for the test (the panel offers whole minutes): the same control, over the wire.
    await fac.evaluate((turnMs) => window.hearth.session!.act('stick:setTurnLength', { turnMs }), TURN_MS);
    // A controlled radio: it shows checked once the server's new state arrives.
    const stick = fac.getByRole('radio', { name: 'Talking stick' });
    await stick.click();
    await expect.poll(() => stick.isChecked(), { timeout: 10_000 }).toBe(true);
    // Every member's microphone is now held on the server: nothing of Ana reaches anyone.
    await pollUntil('Ana is silent under the stick', () => audioGrowth(ben, ids.ana, 1500), (grew) => grew === 0, 15_000);

    await ana.keyboard.press('h'); // the keyboard shortcut
    await ben.getByRole('button', { name: 'Raise hand' }).click();

    // The stick was free, so Ana's raised hand takes it at once: her turn prompt takes focus.
    const turn = ana.getByRole('alertdialog', { name: 'Your turn' });
    await turn.waitFor({ timeout: 10_000 });
    await turn.getByRole('button', { name: 'Unmute' }).click();
    await heard(ben, ids.ana, 'Ben hears Ana, who holds the stick');
    await heard(fac, ids.ana, 'the facilitator hears Ana');
    await ben.getByText('You are 1st in the queue').first().waitFor({ timeout: 10_000 });

    // Ben, second in the queue, forces his producer on like a modified client would.
    const refusal = await ben.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const s = window.hearth.session as any;
      const producer = s.lifecycle.link.producer('mic'); // RoomSession internals: what a modified client would reach
      producer.resume(); // the browser sends RTP again...
      try {
        await s.deps.signalling.request('producer:resume', { producerId: producer.id });
        return 'accepted';
      } catch (error) {
        return (error as { code?: string }).code ?? 'refused';
      }
    });
    expect(refusal).toBe('conflict'); // ...and the server refuses and keeps it paused
    expect(await audioGrowth(ana, ids.ben, 2500)).toBe(0);
    expect(await audioGrowth(fac, ids.ben, 500)).toBe(0);
    // Back to an honest client for the rest: its producer paused, as the real UI keeps it.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await ben.evaluate(() => (window.hearth.session as any).lifecycle.link.producer('mic').pause());
  });

  it('the turn runs out and the floor passes; the facilitator mutes the speaker and the audio stops', async () => {
    // Ana's turn ends on the server's timer: she is held again and Ben gets the floor.
    const benTurn = ben.getByRole('alertdialog', { name: 'Your turn' });
    await benTurn.waitFor({ timeout: TURN_MS + 10_000 });
    await pollUntil('Ana is silent after her turn', () => audioGrowth(ben, ids.ana, 1500), (grew) => grew === 0, 15_000);
    await benTurn.getByRole('button', { name: 'Unmute' }).click();
    await heard(ana, ids.ben, 'Ana hears Ben, who now holds the stick');

    await fac.getByRole('button', { name: 'Actions for Ben' }).click();
    await fac.getByRole('button', { name: 'Mute Ben' }).click();
    await ben.getByText(/muted by the facilitator/i).first().waitFor({ timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 1000)); // packets already in flight arrive
    expect(await audioGrowth(ana, ids.ben, 2500)).toBe(0);
    expect(await audioGrowth(fac, ids.ben, 500)).toBe(0);
  });
});
