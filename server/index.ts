// Composition root for `npm start`: read config, start the server, print the URL, stop cleanly.
import { ConfigError, loadConfig } from './config';
import { startServer } from './app';
import { createLogger } from './log';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Hearth cannot start: ${err.message}\nSee README.md, "Configuration".`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  logger.info({ url: server.url, workers: config.workers }, 'hearth is listening');
  process.stdout.write(`\n  Hearth is running. Open ${server.url} in your browser.\n\n`);
  if ((await server.store.accounts.count()) === 0) {
    // First run: whoever opens this page first becomes the organiser, so open it now.
    const setupUrl = `${server.url.replace(/\/+$/, '')}/setup`;
    logger.info({ setupUrl }, 'no account yet: open the setup page to create the first organiser');
    process.stdout.write(`  First run: create the organiser account at ${setupUrl}\n  (or: npm run admin -- create-organiser --email you@example.org --name "Your name")\n\n`);
  }

  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(1), 5000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('Hearth failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
