// Starts the real server (real mediasoup worker, real socket.io) on free ports for a test.
import { loadConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/app';
import { createLogger } from '../../server/log';

export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    RTC_LISTEN_IP: '127.0.0.1',
    RTC_PORT: '0',
    MEDIASOUP_WORKERS: '1',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startServer(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
}

/** Routers and transports alive in every worker, straight from the workers' own dumps. */
export async function workerObjectCounts(server: RunningServer): Promise<{ routers: number; transports: number }> {
  let routers = 0;
  let transports = 0;
  for (const slot of server.pool.list()) {
    if (!slot) continue;
    const dump = await slot.worker.dump();
    routers += dump.routerIds.length;
    const ws = await slot.webRtcServer.dump();
    transports += ws.webRtcTransportIds.length;
  }
  return { routers, transports };
}
