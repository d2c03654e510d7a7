// Drives the real UI of one tab: open a group's live session, join; read inbound media stats.
import type { Page } from 'playwright-core';
import type { InboundStat } from '../../client/core/session/types';

export type Inbound = InboundStat;

/** Opens /g/<groupId> (the context carries a member's cookie), joins; returns the peer id. */
export async function joinThroughUi(page: Page, groupId: string): Promise<string> {
  await page.goto(`/g/${groupId}`);
  // Join is enabled once the server has told the page who we are (our pseudonym).
  await page.getByRole('button', { name: /^Join/ }).click({ timeout: 20_000 });
  await page.getByRole('toolbar', { name: 'Call controls' }).waitFor({ timeout: 20_000 });
  return page.waitForFunction(() => window.hearth.session?.peerId ?? null, null, { timeout: 20_000 }).then((h) => h.jsonValue() as Promise<string>);
}

export function inbound(page: Page): Promise<Inbound[]> {
  return page.evaluate(async () => (await window.hearth.session?.inboundStats()) ?? []) as Promise<Inbound[]>;
}

export async function pollUntil<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}; last value: ${JSON.stringify(v).slice(0, 800)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
