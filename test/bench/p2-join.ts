// P2: join click → first remote video frame decoded, in real Chromium, for a member joining a room
// where members (two by default; P2_MEMBERS) already send camera and microphone. Each sample opens a fresh browser context,
// waits on the prejoin screen until media is pre-connected (as a person reading the screen would),
// clicks Join through the UI, and reads the page's own timings (performance.now(), one clock).
import type { Page } from 'playwright-core';
import { startTestServer } from '../helpers/server';
import { builtClientDir, launchChromium } from '../e2e/browser';
import { memberContext, seedLiveGroup } from '../e2e/groupSeed';
import { joinThroughUi } from '../e2e/pageDriver';

export interface P2Result {
  metric: 'join click → first remote video frame (ms)';
  room: string;
  samples: number[];
  median: number;
  p95: number;
  min: number;
  max: number;
  goalMs: number;
  /** Median of each mark of the page's join, in ms after the click (see client Timings). */
  breakdownMedianMs: Record<string, number>;
}

const MARKS = ['joinAnswered', 'joined', 'consumersBuilt', 'consumersResumed', 'firstRemotePacket', 'firstRemoteFrame'] as const;

const SETTLE_MS = 3000;

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

async function waitMediaReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.hearth.session?.state.get().mediaReady === true, null, { timeout: 20_000 });
}

export async function runP2({ joins = 12, members = 2 }: { joins?: number; members?: number } = {}): Promise<P2Result> {
  const server = await startTestServer({ CLIENT_DIR: builtClientDir() });
  const browser = await launchChromium();
  try {
    const group = await seedLiveGroup(server.url);
    for (const name of ['Ana', 'Ben', 'Cy', 'Dee'].slice(0, members)) {
      const ctx = await memberContext(browser, server.url, await group.addMember(name), { width: 960, height: 600 });
      await joinThroughUi(await ctx.newPage(), group.groupId);
      await new Promise((r) => setTimeout(r, 1000));
    }
    await new Promise((r) => setTimeout(r, SETTLE_MS)); // let both senders reach steady simulcast
    const samples: number[] = [];
    const marks: Record<string, number[]> = {};
    for (let i = 0; i < joins; i++) {
      const ctx = await memberContext(browser, server.url, await group.addMember(`Joiner ${i + 1}`), { width: 960, height: 600 });
      const page = await ctx.newPage();
      await page.goto(`/g/${group.groupId}`);
      await waitMediaReady(page);
      await page.getByRole('button', { name: /^Join/ }).click();
      const t = await page
        .waitForFunction(
          () => {
            const tm = window.hearth.session?.timings;
            return tm?.firstRemoteFrame !== undefined && tm.joinClicked !== undefined ? tm.firstRemoteFrame - tm.joinClicked : null;
          },
          null,
          { timeout: 20_000 },
        )
        .then((h) => h.jsonValue() as Promise<number>);
      samples.push(Math.round(t));
      const tm = await page.evaluate(() => ({ ...window.hearth.session?.timings }));
      for (const m of MARKS) {
        const v = tm[m];
        if (v !== undefined && tm.joinClicked !== undefined) (marks[m] ??= []).push(v - tm.joinClicked);
      }
      await ctx.close();
      await new Promise((r) => setTimeout(r, 500));
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      metric: 'join click → first remote video frame (ms)',
      room: `${members} member(s) already sending 720p simulcast camera + microphone`,
      samples,
      median: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      min: sorted[0]!,
      max: sorted.at(-1)!,
      goalMs: 250,
      breakdownMedianMs: Object.fromEntries(
        Object.entries(marks).map(([m, v]) => [m, Math.round(quantile([...v].sort((a, b) => a - b), 0.5))]),
      ),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const hardStop = setTimeout(() => {
    console.error('P2 benchmark: hard time limit reached');
    process.exit(2);
  }, 5 * 60_000);
  runP2({ joins: Number(process.env.P2_JOINS ?? 12), members: Number(process.env.P2_MEMBERS ?? 2) })
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(() => clearTimeout(hardStop));
}
