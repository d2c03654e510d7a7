// Three members of a group join its live session through the real UI in real Chromium, over the
// real SFU (the group, invite and memberships made over the real REST API): each
// decodes the others' video and receives their audio; a muted microphone stops its audio and shows
// on the tile; someone leaving disappears for the others and the server closes their transports;
// someone still on the prejoin screen already has a connected receive transport, and nobody sees them.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { startTestServer, workerObjectCounts } from '../helpers/server';
import { builtClientDir, launchChromium } from './browser';
import { memberContext, seedLiveGroup, type LiveGroup } from './groupSeed';
import { inbound, joinThroughUi, pollUntil, type Inbound } from './pageDriver';

const NAMES = ['Ana', 'Ben', 'Cy'] as const;
/** Start tabs apart: all at once on 2 cores can collapse Chromium's bandwidth estimate (testing.md). */
const STAGGER_MS = 1000;

let server: RunningServer;
let browser: Browser;
let group: LiveGroup;
const contexts: BrowserContext[] = [];
const pages: Page[] = [];
const peerIds: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ CLIENT_DIR: builtClientDir() });
  browser = await launchChromium();
  group = await seedLiveGroup(server.url);
  for (const name of NAMES) {
    const context = await memberContext(browser, server.url, await group.addMember(name));
    contexts.push(context);
    const page = await context.newPage();
    pages.push(page);
    peerIds.push(await joinThroughUi(page, group.groupId));
    await new Promise((r) => setTimeout(r, STAGGER_MS));
  }
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

const fromPeer = (stats: Inbound[], peerId: string, kind: 'audio' | 'video') => stats.find((s) => s.peerId === peerId && s.kind === kind);

describe('three members in one room', () => {
  it('each decodes the other two members\' video and receives their audio', async () => {
    for (const [i, page] of pages.entries()) {
      const others = peerIds.filter((_, j) => j !== i);
      const first = await pollUntil(`${NAMES[i]} receives everyone`, () => inbound(page), (stats) =>
        others.every((p) => (fromPeer(stats, p, 'video')?.framesDecoded ?? 0) > 0 && (fromPeer(stats, p, 'audio')?.bytesReceived ?? 0) > 0),
      );
      // And it keeps flowing: every stream grows past the first reading (within 10 s: a
      // simulcast layer switch or a bandwidth-estimate dip can pause one stream briefly).
      await pollUntil(`${NAMES[i]}'s media keeps flowing`, () => inbound(page), (later) =>
        others.every(
          (p) =>
            fromPeer(later, p, 'video')!.framesDecoded > fromPeer(first, p, 'video')!.framesDecoded &&
            fromPeer(later, p, 'audio')!.bytesReceived > fromPeer(first, p, 'audio')!.bytesReceived,
        ),
        10_000,
      );
      // Every other member has a tile, by name.
      for (const [j, name] of NAMES.entries()) {
        if (j !== i) await expect(page.getByRole('group', { name, exact: true }).isVisible()).resolves.toBe(true);
      }
    }
  });

  it('a member who turns the microphone off stops sending audio and shows as muted', async () => {
    const [ana, ben, cy] = pages as [Page, Page, Page];
    await ana.getByRole('button', { name: 'Turn microphone off' }).click();
    await ana.getByRole('button', { name: 'Turn microphone on' }).waitFor();
    for (const viewer of [ben, cy]) {
      await viewer.getByRole('group', { name: 'Ana', exact: true }).getByRole('img', { name: 'microphone off' }).waitFor({ timeout: 5000 });
    }
    await new Promise((r) => setTimeout(r, 1000)); // packets already in flight arrive
    const before = fromPeer(await inbound(ben), peerIds[0]!, 'audio')!.bytesReceived;
    const cyBefore = fromPeer(await inbound(cy), peerIds[1]!, 'audio')!.bytesReceived;
    await new Promise((r) => setTimeout(r, 2000));
    expect(fromPeer(await inbound(ben), peerIds[0]!, 'audio')!.bytesReceived).toBe(before);
    // Others' audio still flows: the silence is Ana's alone.
    expect(fromPeer(await inbound(cy), peerIds[1]!, 'audio')!.bytesReceived).toBeGreaterThan(cyBefore);
  });

  it('a member who leaves disappears for the others and the server closes their transports', async () => {
    const [ana, ben, cy] = pages as [Page, Page, Page];
    expect(await workerObjectCounts(server)).toEqual({ routers: 1, transports: 6 });
    await cy.getByRole('button', { name: 'Leave' }).click();
    for (const viewer of [ana, ben]) {
      await viewer.getByRole('group', { name: 'Cy', exact: true }).waitFor({ state: 'detached', timeout: 5000 });
    }
    await pollUntil('server closed Cy\'s transports', () => workerObjectCounts(server), (c) => c.transports === 4);
    const room = server.rooms.list()[0]!;
    expect(room.participants.has(peerIds[2]!)).toBe(false);
    expect([...room.participants.values()].map((p) => p.joined?.view.displayName).sort()).toEqual(['Ana', 'Ben']);
  });

  it('someone on the prejoin screen has their receive transport connected before Join, unseen by the room', async () => {
    const context = await memberContext(browser, server.url, await group.addMember('Dee'));
    contexts.push(context);
    const dee = await context.newPage();
    await dee.goto(`/g/${group.groupId}`);
    await dee.getByText('You will appear as Dee').waitFor({ timeout: 20_000 });
    await dee.waitForFunction(() => window.hearth.session?.state.get().mediaReady === true, null, { timeout: 20_000 });
    // Dee has no peer id on the wire yet: she is the room's one participant who has not joined.
    const waiting = [...server.rooms.list()[0]!.participants.values()].filter((p) => !p.joined);
    expect(waiting).toHaveLength(1);
    const media = waiting[0]!.media;
    expect(media).toBeDefined();
    const recv = media!.listTransports().find((t) => t.appData['direction'] === 'recv');
    expect(recv?.dtlsState).toBe('connected');
    expect(recv?.sctpState).toBe('connected');
    expect(media!.listConsumers()).toHaveLength(0);
    await expect(pages[0]!.getByRole('group', { name: 'Dee', exact: true }).count()).resolves.toBe(0);
    await context.close();
  });
});
