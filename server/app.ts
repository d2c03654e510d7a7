// Builds and starts the whole server from a Config: worker pool, rooms, socket.io, express.
// index.ts calls it for `npm start`; tests call it with their own config (port 0, quiet logs).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { createHttpApp } from './http/app';
import { createMetrics } from './http/metrics';
import { createLogger, type Logger } from './log';
import { createGateway } from './realtime/gateway';
import { RoomRegistry } from './realtime/roomRegistry';
import type { TypedServer } from './realtime/types';
import { WorkerPool } from './sfu/workerPool';

export interface RunningServer {
  url: string;
  port: number;
  pool: WorkerPool;
  rooms: RoomRegistry;
  io: TypedServer;
  logger: Logger;
  close(): Promise<void>;
}

export async function startServer(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<RunningServer> {
  const pool = await WorkerPool.create({
    size: config.workers,
    listenIp: config.rtc.listenIp,
    announcedAddress: config.rtc.announcedAddress,
    port: config.rtc.port,
    logger,
  });
  const rooms = new RoomRegistry(pool, logger);
  const app = createHttpApp({ clientDir: config.clientDir, pool, metrics: createMetrics(rooms, pool) });
  const httpServer = http.createServer(app);
  const io = createGateway(httpServer, rooms, logger);

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    pool.close();
    throw err;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${shownHost}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      rooms.closeAll();
      await io.close(); // also closes the HTTP server
      pool.close();
    })());

  return { url, port, pool, rooms, io, logger, close };
}
