// Launches Debian's Chromium through playwright-core with fake camera and microphone, as
// ../shared/testing.md describes. A missing browser is a failure with install instructions, never a skip.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // Without it Chromium gathers no 127.0.0.1 candidate and ICE never starts on a loopback-only host.
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is needed for the e2e tests and was not found at ${CHROMIUM_PATH}.\n` +
        `Install it as root:  apt-get update && apt-get install -y chromium\n` +
        `(npm test does this itself when it runs as root), or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/** `timezoneId`: the zone the page's clock is in (IANA); the host's unless given. */
export async function mediaContext(browser: Browser, baseURL: string, viewport = { width: 1280, height: 800 }, timezoneId?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport, ...(timezoneId ? { timezoneId } : {}) });
  await context.grantPermissions(['camera', 'microphone'], { origin: baseURL });
  return context;
}

export function builtClientDir(): string {
  const dir = process.env.CLIENT_DIR ?? 'dist/client';
  if (!fs.existsSync(`${dir}/index.html`)) {
    throw new Error(`The client is not built (${dir}/index.html is missing): run \`npm run build\` first (npm test does).`);
  }
  return dir;
}
