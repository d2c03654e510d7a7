// The signalling channel: typed requests with acks, server events, and connection status.
// RoomSession depends only on the Signalling interface, so tests drive it with a fake.
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientResults, ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import type { ClientPayload } from '../../shared/protocol';
import { RequestError } from './errors';

export type RequestName = keyof ClientResults;

/** connected: ready for requests; lost: dropped, reconnecting by itself; failed: gave up;
 *  refused: the server will not let us in (no longer a member, bad link): retrying cannot help. */
export type ChannelStatus = 'connected' | 'lost' | 'failed' | 'refused';

export interface Signalling {
  readonly connected: boolean;
  request<E extends RequestName>(event: E, payload: ClientPayload<E>): Promise<ClientResults[E]>;
  on<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): () => void;
  onStatus(listener: (status: ChannelStatus, message?: string) => void): () => void;
  /** Connect (again) after a failure or before the first use. */
  connect(): void;
  /** Disconnect for good; no reconnection. */
  close(): void;
}

export const REQUEST_TIMEOUT_MS = 10_000;
/** After this many failed reconnection attempts the UI offers a Retry button instead. */
export const RECONNECT_ATTEMPTS = 5;

/** Turn an ack into its result, or throw a RequestError with the server's code. */
export function unwrapAck<T extends object>(event: string, ack: Ack<T> | undefined): T {
  if (!ack || typeof ack !== 'object') throw new RequestError(event, 'internal', 'The server sent an empty answer.');
  if (ack.ok) return ack;
  throw new RequestError(event, ack.error.code, ack.error.message);
}

type HearthSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Fetches a fresh join token for the handshake; called before every (re)connection. */
export type TokenSource = () => Promise<string>;

/** Handshake refusals that a new token fixes; any other refusal is final. */
const RETRYABLE_REFUSALS = new Set(['token_expired']);

export function createSocketSignalling(token: TokenSource, url?: string): Signalling {
  const options = {
    transports: ['websocket'],
    reconnectionAttempts: RECONNECT_ATTEMPTS,
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
    autoConnect: false,
    // A function, so each reconnection asks the API for a token that has not expired.
    auth: (cb: (data: object) => void) => {
      token().then(
        (t) => {
          tokenProblem = null;
          cb({ token: t });
        },
        (error: unknown) => {
          tokenProblem = error instanceof Error ? error.message : null;
          cb({}); // the server then refuses with `unauthenticated`, which we report with tokenProblem
        },
      );
    },
  };
  const socket: HearthSocket = url ? io(url, options) : io(options);
  const statusListeners = new Set<(status: ChannelStatus, message?: string) => void>();
  // Why the last token could not be fetched: a clearer reason than the server's "no token".
  let tokenProblem: string | null = null;
  const emitStatus = (status: ChannelStatus, message?: string): void => statusListeners.forEach((l) => l(status, message));

  socket.on('connect', () => emitStatus('connected'));
  socket.on('disconnect', (reason) => {
    // Our own close() is not a loss, nor the server ending our session; everything else is.
    if (reason !== 'io client disconnect' && reason !== 'io server disconnect') emitStatus('lost');
  });
  socket.on('connect_error', (error: Error & { data?: { code?: unknown } }) => {
    const code = error.data?.code;
    if (typeof code === 'string' && !RETRYABLE_REFUSALS.has(code)) {
      socket.disconnect(); // stop socket.io's own retries: the answer will not change
      emitStatus('refused', tokenProblem ?? error.message);
    }
  });
  socket.io.on('reconnect_failed', () => emitStatus('failed'));

  return {
    get connected() {
      return socket.connected;
    },
    async request(event, payload) {
      if (!socket.connected) throw new RequestError(event, 'disconnected', 'Not connected.');
      let ack: unknown;
      try {
        // The typed emit cannot follow a generic event name; the event maps still type the API above.
        const emitter = socket.timeout(REQUEST_TIMEOUT_MS) as unknown as {
          emitWithAck(e: string, p: unknown): Promise<unknown>;
        };
        ack = await emitter.emitWithAck(event, payload);
      } catch {
        throw new RequestError(event, socket.connected ? 'timeout' : 'disconnected', 'The server did not answer in time.');
      }
      return unwrapAck(event, ack as Ack<ClientResults[typeof event]>);
    },
    on(event, handler) {
      const s = socket as unknown as { on(e: string, h: unknown): void; off(e: string, h: unknown): void };
      s.on(event, handler);
      return () => s.off(event, handler);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    connect() {
      if (!socket.connected) socket.connect();
    },
    close() {
      statusListeners.clear();
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
