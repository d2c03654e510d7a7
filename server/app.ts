// Builds and starts the whole server from a Config: database, worker pool, rooms, socket.io, express.
// index.ts calls it for `npm start`; tests call it with their own config (port 0, quiet logs).
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGuestLinks, type GuestLinks } from './auth/guestLinks';
import { createInviteLinks } from './auth/inviteLinks';
import { createJoinTokens, type JoinTokens } from './auth/joinTokens';
import { KEY_NAMES, serverKey } from './auth/serverKeys';
import { createSocketAuthenticator } from './auth/socketAuth';
import type { Config } from './config';
import { createHttpApp } from './http/app';
import { createCalendarFeedLinks, type CalendarFeedLinks } from './auth/calendarFeedLinks';
import { createApiLimiters } from './http/limits';
import { createMetrics } from './http/metrics';
import { createLogger, type Logger } from './log';
import { createGateway, type Gateway } from './realtime/gateway';
import { isMembership } from './realtime/identity';
import { RoomRegistry } from './realtime/roomRegistry';
import { sessionKeeper } from './realtime/session/defaults';
import type { TypedServer } from './realtime/types';
import { WorkerPool } from './sfu/workerPool';
import { createStore, describeDatabase, openDatabase, type Store } from './store';

export interface RunningServer {
  url: string;
  port: number;
  pool: WorkerPool;
  rooms: RoomRegistry;
  io: TypedServer;
  gateway: Gateway;
  store: Store;
  joinTokens: JoinTokens;
  /** Things that happened which other parts react to (see ServerEvents). */
  events: EventEmitter<ServerEvents>;
  logger: Logger;
  close(): Promise<void>;
}

export interface ServerEvents {
  /**
   * A membership is gone (removed by staff, left, or its group deleted): whoever holds it must
   * leave any live session at once. Emitted after the database change.
   */
  membershipRevoked: [membershipId: string];
}

const SESSION_PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface StartOptions {
  /** The clock of the store, tokens, sessions and rate limits; tests pass a controllable one. */
  now?: () => number;
}

export async function startServer(config: Config, logger: Logger = createLogger(config.logLevel), opts: StartOptions = {}): Promise<RunningServer> {
  const now = opts.now ?? Date.now;
  const database = await openDatabase(config.database, { now, onPoolError: (err) => logger.error({ err }, 'database pool error') });
  logger.info({ database: describeDatabase(config.database) }, 'database ready');
  const store = createStore(database);
  let joinTokens: JoinTokens;
  let inviteLinks: ReturnType<typeof createInviteLinks>;
  let guestLinks: GuestLinks;
  let calendarFeedLinks: CalendarFeedLinks;
  try {
    joinTokens = createJoinTokens(await serverKey(store, KEY_NAMES.joinTokens), now);
    inviteLinks = createInviteLinks(await serverKey(store, KEY_NAMES.inviteLinks));
    guestLinks = createGuestLinks(await serverKey(store, KEY_NAMES.guestLinks), now);
    calendarFeedLinks = createCalendarFeedLinks(await serverKey(store, KEY_NAMES.calendarFeeds));
  } catch (err) {
    await database.close();
    throw err;
  }
  const events = new EventEmitter<ServerEvents>();
  let pool: WorkerPool;
  try {
    pool = await WorkerPool.create({
      size: config.workers,
      listenIp: config.rtc.listenIp,
      announcedAddress: config.rtc.announcedAddress,
      port: config.rtc.port,
      logger,
    });
  } catch (err) {
    await database.close();
    throw err;
  }
  const rooms = new RoomRegistry(pool, logger, sessionKeeper(store, now, { joinEarlyMinutes: config.joinEarlyMinutes, logger }));
  const app = createHttpApp({
    clientDir: config.clientDir,
    pool,
    metrics: createMetrics(rooms, pool),
    trustProxy: config.trustProxy,
    api: {
      store,
      inviteLinks,
      joinTokens,
      guestLinks,
      calendarFeedLinks,
      limiters: createApiLimiters(now),
      now,
      logger,
      publicUrl: config.publicUrl,
      onMembershipRemoved: (membershipId) => events.emit('membershipRevoked', membershipId),
      joinEarlyMinutes: config.joinEarlyMinutes,
      // Someone is in the room: a member may follow outside the schedule.
      isRoomLive: (roomId) => rooms.isLive(roomId),
    },
  });
  const httpServer = http.createServer(app);
  const gateway = createGateway(httpServer, rooms, logger, createSocketAuthenticator(store, joinTokens));
  const io = gateway.io;
  // Removal takes effect in a live session at once, not at the next handshake.
  events.on('membershipRevoked', (membershipId) => {
    const ended = gateway.endWhere((identity) => isMembership(identity, membershipId), 'removed');
    if (ended > 0) logger.info({ membershipId, connections: ended }, 'removed member disconnected');
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    pool.close();
    await database.close();
    throw err;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${shownHost}:${port}`;

  // Expired sessions are already refused; this only keeps the table from growing forever.
  const purgeSessions = () =>
    void store.authSessions.purgeExpired().catch((err: unknown) => logger.warn({ err }, 'could not purge expired sessions'));
  const purgeTimer = setInterval(purgeSessions, SESSION_PURGE_INTERVAL_MS).unref();
  purgeSessions();

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(purgeTimer);
      rooms.closeAll();
      await io.close(); // also closes the HTTP server
      pool.close();
      await database.close();
    })());

  return { url, port, pool, rooms, io, gateway, store, joinTokens, events, logger, close };
}
