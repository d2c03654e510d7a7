// The express app: health, metrics, and the built client (with SPA fallback for /r/<room>).
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Registry } from 'prom-client';
import type { WorkerPool } from '../sfu/workerPool';

export function createHttpApp(opts: { clientDir: string; pool: WorkerPool; metrics: Registry }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });

  app.get('/healthz', (_req, res) => {
    const workers = opts.pool.list().map((slot, index) => ({ index, up: !!slot && !slot.worker.closed, rooms: slot?.routers ?? 0 }));
    const ok = workers.every((w) => w.up);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', workers });
  });

  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', opts.metrics.contentType);
    res.send(await opts.metrics.metrics());
  });

  const index = path.join(opts.clientDir, 'index.html');
  app.use(express.static(opts.clientDir, { index: false, maxAge: '1h' }));
  app.get(['/', '/r/:roomId'], (_req, res) => {
    if (!fs.existsSync(index)) {
      res.status(503).type('text').send('The client is not built yet: run `npm run build` (npm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.resolve(index));
  });
  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'no such page' } });
  });
  return app;
}
