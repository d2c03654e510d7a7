// The express app: security headers, the REST API (/api), health, metrics, and the built client
// (with SPA fallback for the client's own routes).
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Registry } from 'prom-client';
import type { WorkerPool } from '../sfu/workerPool';
import { createApiRouter } from './api';
import type { ApiDeps } from './api/types';
import { sendError } from './errors';
import { securityHeaders } from './security';

/** Addresses the client renders itself (client/core/router.ts): each gets index.html. */
export const SPA_ROUTES = ['/', '/r/:roomId', '/setup', '/signin', '/groups', '/groups/:groupId', '/groups/:groupId/schedule', '/groups/:groupId/find-time', '/invite/:token', '/guest/:token', '/me', '/g/:groupId'];

export interface HttpAppOptions {
  clientDir: string;
  pool: WorkerPool;
  metrics: Registry;
  api: ApiDeps;
  /** Proxy hops whose X-Forwarded-* to believe (client address for rate limits, https for cookies). */
  trustProxy: number;
}

export function createHttpApp(opts: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  if (opts.trustProxy > 0) app.set('trust proxy', opts.trustProxy);
  app.use(securityHeaders({ https: opts.api.publicUrl?.startsWith('https:') === true }));

  app.get('/healthz', (_req, res) => {
    const workers = opts.pool.list().map((slot, index) => ({ index, up: !!slot && !slot.worker.closed, rooms: slot?.routers ?? 0 }));
    const ok = workers.every((w) => w.up);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', workers });
  });

  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', opts.metrics.contentType);
    res.send(await opts.metrics.metrics());
  });

  app.use('/api', createApiRouter(opts.api));

  const index = path.join(opts.clientDir, 'index.html');
  app.use(express.static(opts.clientDir, { index: false, maxAge: '1h' }));
  app.get(SPA_ROUTES, (_req, res) => {
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
  // Replaces express's default handler, which answers with the stack trace outside production.
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    sendError(res, err, opts.api.logger);
  });
  return app;
}
