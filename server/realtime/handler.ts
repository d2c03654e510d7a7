// The edge of every request: parse the payload with its schema, check the rate limit, run the
// feature's handler, and answer `{ ok: true, ... }` or `{ ok: false, error }` through the ack.
import type { ClientEventName, ClientResults, ParsedPayload } from '../../shared/protocol';
import { schemas } from '../../shared/protocol';
import type { Logger } from '../log';
import { AppError, toWireError } from './errors';
import type { Participant } from './participant';
import type { RoomRegistry } from './roomRegistry';
import type { TypedSocket } from './types';

export interface HandlerContext {
  participant: Participant;
  rooms: RoomRegistry;
  socket: TypedSocket;
  logger: Logger;
}

export type Handler<E extends ClientEventName> = (ctx: HandlerContext, payload: ParsedPayload<E>, event: E) => Promise<ClientResults[E]>;

/** A feature module: the events it owns and their handlers. */
export type Feature = { [E in ClientEventName]?: Handler<E> };

type AnyAck = (response: unknown) => void;

export function createDispatcher(ctx: HandlerContext, features: Feature[], allow: () => boolean) {
  const handlers = new Map<string, Handler<ClientEventName>>();
  for (const f of features) {
    for (const [event, h] of Object.entries(f)) {
      if (handlers.has(event)) throw new Error(`two features handle ${event}`);
      handlers.set(event, h as Handler<ClientEventName>);
    }
  }

  return async function dispatch(event: string, args: unknown[]): Promise<void> {
    const ack = args.at(-1);
    if (typeof ack !== 'function') {
      ctx.logger.debug({ event }, 'request without an ack ignored');
      return;
    }
    const reply = ack as AnyAck;
    const started = performance.now();
    try {
      if (!allow()) throw new AppError('rate_limited', 'too many requests; slow down');
      const handler = handlers.get(event);
      if (!handler) throw new AppError('unknown_event', `unknown event "${event.slice(0, 64)}"`);
      if (args.length !== 2) throw new AppError('invalid_payload', 'expected one payload and an ack');
      const payload = schemas[event as ClientEventName].parse(args[0]);
      const result = await handler(ctx, payload as never, event as ClientEventName);
      reply({ ok: true, ...result });
      ctx.logger.debug({ event, ms: Math.round(performance.now() - started) }, 'request ok');
    } catch (err) {
      const { wire, unexpected } = toWireError(err);
      if (unexpected) ctx.logger.error({ event, err: err instanceof Error ? err.stack : String(err) }, 'request failed');
      else ctx.logger.debug({ event, code: wire.code }, 'request refused');
      reply({ ok: false, error: wire });
    }
  };
}
