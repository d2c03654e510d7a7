// The socket.io gateway: the handshake turns a signed join token into an Identity (or refuses the
// connection); then one Participant per connection, every inbound event routed through the
// dispatcher (validation, rate limit, handler, ack), requests of one connection handled in order,
// and everything the connection owned closed when it drops.
import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from '../log';
import { createDispatcher, type Feature } from './handler';
import { chatFeature } from './features/chat';
import { consumerFeature } from './features/consumer';
import { producerFeature } from './features/producer';
import { roomFeature } from './features/room';
import { sessionFeature } from './features/session';
import { transportFeature } from './features/transport';
import { HandshakeError, type Authenticate, type Identity } from './identity';
import { Participant } from './participant';
import { createRateLimiter } from './rateLimit';
import type { RoomRegistry } from './roomRegistry';
import type { Notify, TypedServer, TypedSocket } from './types';

/** Entering a room (a join, or a move between breakouts) takes a few requests plus two per stream
 *  received (consume and resume): about 240 for a room of 60 with video, and a facilitator may move
 *  several times a minute. Steady state is a few per second. A flood still hits the limit at once. */
const RATE = { burst: 600, perSecond: 100 };
/** Signalling messages are small; SDP-derived parameters stay well under this. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export const FEATURES: Feature[] = [roomFeature, transportFeature, producerFeature, consumerFeature, sessionFeature, chatFeature];

export interface Gateway {
  io: TypedServer;
  /** Tell every connection whose identity matches why it must go, then disconnect it. Returns how many. */
  endWhere(match: (identity: Identity) => boolean, reason: 'removed'): number;
}

export function createGateway(httpServer: HttpServer, rooms: RoomRegistry, logger: Logger, authenticate: Authenticate): Gateway {
  const io: TypedServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // A dropped socket always leaves its room and the client joins again: media must
    // reconnect anyway, and it keeps one code path for every kind of failure.
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });
  rooms.useBroadcast((channel, event, ...args) => io.to(channel).emit(event, ...args));
  const identities = new WeakMap<TypedSocket, Identity>();
  const participants = new Set<Participant>();

  io.use((socket, next) => {
    const auth: unknown = socket.handshake.auth;
    const token = typeof auth === 'object' && auth !== null ? (auth as Record<string, unknown>)['token'] : undefined;
    authenticate(token).then(
      (identity) => {
        identities.set(socket, identity);
        next();
      },
      (error: unknown) => {
        const refusal =
          error instanceof HandshakeError ? error : new HandshakeError('unauthenticated', 'we could not check your join link; try again');
        if (!(error instanceof HandshakeError)) logger.error({ err: error }, 'handshake failed');
        // socket.io hands `data` to the client's connect_error handler.
        next(Object.assign(new Error(refusal.message), { data: { code: refusal.code } }));
      },
    );
  });

  io.on('connection', (socket) => {
    const identity = identities.get(socket)!;
    const peerId = randomUUID();
    socket.data.peerId = peerId;
    const notify: Notify = (event, ...args) => socket.emit(event, ...args);
    const participant = new Participant(peerId, identity, notify, () => socket.disconnect(true), {
      join: (channel) => void socket.join(channel),
      leave: (channel) => void socket.leave(channel),
    });
    participants.add(participant);
    const log = logger.child({ peer: peerId.slice(0, 8) });
    const dispatch = createDispatcher({ participant, rooms, socket, logger: log }, FEATURES, createRateLimiter(RATE));
    log.debug({ role: identity.role }, 'connected');

    // One request at a time per connection: no handler ever races another of the same peer.
    let queue: Promise<void> = Promise.resolve();
    socket.onAny((event: string, ...args: unknown[]) => {
      queue = queue.then(() => dispatch(event, args));
    });

    socket.on('disconnect', (reason) => {
      participants.delete(participant);
      void queue.then(() => {
        rooms.leave(participant, 'dropped');
        log.debug({ reason }, 'disconnected');
      });
    });
  });

  return {
    io,
    endWhere(match, reason) {
      let ended = 0;
      for (const p of [...participants]) {
        if (!match(p.identity)) continue;
        p.notify('session:ended', { reason });
        rooms.leave(p, 'left'); // at once: others must not keep seeing someone who was removed
        p.disconnect();
        ended += 1;
      }
      return ended;
    },
  };
}
