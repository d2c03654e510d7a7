// A real socket.io client speaking the Hearth protocol, for integration tests (no browser).
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientResults, ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestClient {
  socket: TestSocket;
  /** Send a request and return its ack as is (ok or error). */
  request<E extends keyof ClientResults>(event: E, payload: unknown): Promise<Ack<ClientResults[E]>>;
  /** Send a request and return its result; throws with the error code when the ack is not ok. */
  call<E extends keyof ClientResults>(event: E, payload: unknown): Promise<ClientResults[E]>;
  /** Every server notification received so far, in order. */
  events: Array<{ event: string; payload: unknown }>;
  next<E extends keyof ServerToClientEvents>(event: E, timeoutMs?: number): Promise<Parameters<ServerToClientEvents[E]>[0]>;
  close(): void;
}

/** Connects with a join token (see access.ts); `token: undefined` tests the refusal of none. */
export async function connectClient(url: string, token: string | undefined): Promise<TestClient> {
  const socket: TestSocket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: token === undefined ? {} : { token } });
  const events: TestClient['events'] = [];
  socket.onAny((event: string, payload: unknown) => events.push({ event, payload }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const request: TestClient['request'] = async (event, payload) => {
    // Untyped on purpose: tests also send events and payloads the contract does not allow.
    const timed = socket.timeout(5000) as unknown as { emitWithAck(e: string, p: unknown): Promise<unknown> };
    return (await timed.emitWithAck(event, payload)) as never;
  };
  return {
    socket,
    events,
    request,
    async call(event, payload) {
      const ack = await request(event, payload);
      if (!ack.ok) throw Object.assign(new Error(`${event}: ${ack.error.code}: ${ack.error.message}`), { code: ack.error.code });
      return ack as never;
    },
    next(event, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
        socket.once(event as never, ((payload: never) => {
          clearTimeout(timer);
          resolve(payload);
        }) as never);
      });
    },
    close: () => socket.close(),
  };
}
