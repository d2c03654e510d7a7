// The socket.io gateway: one Participant per connection, every inbound event routed through the
// dispatcher (validation, rate limit, handler, ack), requests of one connection handled in order,
// and everything the connection owned closed when it drops.
import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from '../log';
import { createDispatcher, type Feature } from './handler';
import { consumerFeature } from './features/consumer';
import { producerFeature } from './features/producer';
import { roomFeature } from './features/room';
import { transportFeature } from './features/transport';
import { Participant } from './participant';
import { createRateLimiter } from './rateLimit';
import type { RoomRegistry } from './roomRegistry';
import type { Notify, TypedServer } from './types';

/** Joining takes ~10 requests at once; steady state is a few per second. */
const RATE = { burst: 60, perSecond: 20 };
/** Signalling messages are small; SDP-derived parameters stay well under this. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export const FEATURES: Feature[] = [roomFeature, transportFeature, producerFeature, consumerFeature];

export function createGateway(httpServer: HttpServer, rooms: RoomRegistry, logger: Logger): TypedServer {
  const io: TypedServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // A dropped socket always leaves its room and the client joins again: media must
    // reconnect anyway, and it keeps one code path for every kind of failure.
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });

  io.on('connection', (socket) => {
    const peerId = randomUUID();
    socket.data.peerId = peerId;
    const notify: Notify = (event, ...args) => socket.emit(event, ...args);
    const participant = new Participant(peerId, notify);
    const log = logger.child({ peer: peerId.slice(0, 8) });
    const dispatch = createDispatcher({ participant, rooms, socket, logger: log }, FEATURES, createRateLimiter(RATE));
    log.debug('connected');

    // One request at a time per connection: no handler ever races another of the same peer.
    let queue: Promise<void> = Promise.resolve();
    socket.onAny((event: string, ...args: unknown[]) => {
      queue = queue.then(() => dispatch(event, args));
    });

    socket.on('disconnect', (reason) => {
      void queue.then(() => {
        rooms.leave(participant);
        log.debug({ reason }, 'disconnected');
      });
    });
  });
  return io;
}
