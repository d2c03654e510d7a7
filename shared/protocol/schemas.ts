// Zod schemas of every client → server payload. The server parses each inbound payload with the
// schema of its event before anything else happens; the client uses the inferred types.
import { z } from 'zod';
import { dtlsParametersSchema, rtpCapabilitiesSchema, rtpParametersSchema } from './media';
import { chatSchemas, sessionSchemas } from './session';
import { mediaSourceSchema } from './source';

/** Room ids are URL-safe and hard to guess: lowercase letters, digits and dashes. */
export const roomIdSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,62}[a-z0-9])$/, 'a room id is 3–64 lowercase letters, digits or dashes');

/** A pseudonym: what the room calls you. No real name is needed; control characters are refused. */
export const displayNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'choose a name to show in the room')
      .max(40, 'a name is at most 40 characters')
      // eslint-disable-next-line no-control-regex
      .refine((s) => !/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/.test(s), 'the name has invisible characters'),
  );

const id = z.string().min(1).max(64);

export { mediaSourceSchema, type MediaSource } from './source';

export const schemas = {
  'room:prepare': z.object({ roomId: roomIdSchema }).strict(),
  'room:join': z
    .object({
      rtpCapabilities: rtpCapabilitiesSchema,
      /** When given, the server also creates (paused) consumers of everything visible on this transport. */
      recvTransportId: id.optional(),
    })
    .strict(),
  'room:leave': z.object({}).strict(),
  /** After `space:moved` (a breakout opened, a move, a recall) and new transports there: be seen in the new space. */
  'space:enter': z.object({ rtpCapabilities: rtpCapabilitiesSchema, recvTransportId: id.optional() }).strict(),
  'transport:create': z.object({ direction: z.enum(['send', 'recv']) }).strict(),
  'transport:connect': z.object({ transportId: id, dtlsParameters: dtlsParametersSchema }).strict(),
  'transport:restartIce': z.object({ transportId: id }).strict(),
  'producer:create': z
    .object({
      transportId: id,
      kind: z.enum(['audio', 'video']),
      rtpParameters: rtpParametersSchema,
      source: mediaSourceSchema,
      paused: z.boolean().default(false),
    })
    .strict()
    .refine((p) => (p.kind === 'audio') === (p.source === 'mic'), 'mic is audio and camera is video'),
  'producer:pause': z.object({ producerId: id }).strict(),
  'producer:resume': z.object({ producerId: id }).strict(),
  'producer:close': z.object({ producerId: id }).strict(),
  'consumer:create': z.object({ transportId: id, producerId: id }).strict(),
  'consumer:resume': z.object({ consumerId: id }).strict(),
  /** The rendered size of the tile that shows this consumer, in device pixels (0 × 0 = not visible). */
  'consumer:viewport': z
    .object({ consumerId: id, width: z.number().int().min(0).max(8192), height: z.number().int().min(0).max(8192) })
    .strict(),
  'peer:audioOnly': z.object({ enabled: z.boolean() }).strict(),
  ...sessionSchemas,
  ...chatSchemas,
} as const;

export type ClientEventName = keyof typeof schemas;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof schemas)[E]>;
export type ParsedPayload<E extends ClientEventName> = z.output<(typeof schemas)[E]>;
