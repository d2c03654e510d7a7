// What each e2e file starts from: one server serving the built client and one Chromium, made
// before its tests and closed after them with every browser context the file kept.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../../server/app';
import { startTestServer } from '../helpers/server';
import { builtClientDir, launchChromium } from './browser';

export interface E2eWorld {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Close this context with the world (returns it). */
  keep<C extends BrowserContext>(context: C): C;
}

/** Call at a file's top level: registers the beforeAll and afterAll that make and close it. */
export function e2eWorld(): E2eWorld {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startTestServer({ CLIENT_DIR: builtClientDir() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });
  const made = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the e2e ${what} is not started (use it inside a test or hook)`);
    return value;
  };
  return {
    get server() {
      return made(server, 'server');
    },
    get browser() {
      return made(browser, 'browser');
    },
    keep(context) {
      contexts.push(context);
      return context;
    },
  };
}
