// Wire schemas of the live-session controls (waiting room, room control, roles, mute, hand queue,
// talking stick), chat and reactions. Each session event's name is the reducer action it becomes
// (shared/session/actions.ts): the server parses the payload here, then reduces
// `{ type: event, ...payload }` with the sender as actor. Two actions are not wire events:
// `session:leave` is `room:leave`, and `media:selfUnmute` is checked inside `producer:resume`.
import { z } from 'zod';
import { mediaSourceSchema } from './source';

const peerId = z.string().min(1).max(64);
const target = z.object({ peerId }).strict();
const none = z.object({}).strict();
/** A breakout room id ('b1', 'b2', …) or 'main'. */
const roomId = z.string().regex(/^(main|b[0-9]{1,3})$/, 'a room id is main or b1, b2, …');
/** A room's name or topic: plain text, trimmed, no control characters. */
const roomText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(s), 'no invisible characters');
/** Orders name every peer at most once; a room holds at most a few hundred. */
const order = z.array(peerId).max(500).refine((ids) => new Set(ids).size === ids.length, 'a peer appears twice');

export const MAX_CHAT_LENGTH = 1000;
export const REACTIONS = ['relate', 'thanks', 'strength', 'heart'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** Chat text: NFC, trimmed, 1..MAX_CHAT_LENGTH characters, no control characters except newlines. */
export const chatTextSchema = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'write something first')
      .max(MAX_CHAT_LENGTH, `a message is at most ${MAX_CHAT_LENGTH} characters`)
      // eslint-disable-next-line no-control-regex
      .refine((s) => !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(s), 'the message has invisible characters'),
  );

export const sessionSchemas = {
  // the peer about themselves
  'hand:raise': none,
  'hand:lower': none,
  'stick:pass': none,
  'stick:finish': none,
  // waiting room and room control
  'waiting:admit': target,
  'waiting:admitAll': none,
  'waiting:decline': z.object({ peerId, message: z.string().max(200).default('') }).strict(),
  'waiting:sendBack': target,
  'room:remove': z.object({ peerId, block: z.boolean().default(false) }).strict(),
  'room:lock': none,
  'room:unlock': none,
  'room:setWaitingRoom': z.object({ enabled: z.boolean() }).strict(),
  // roles in the room
  'facilitator:handOver': target,
  'facilitator:promote': target,
  'facilitator:demote': target,
  // mute intents
  'facilitator:mute': target,
  'facilitator:muteAll': none,
  'facilitator:stopVideo': target,
  'facilitator:askToUnmute': z.object({ peerId, source: mediaSourceSchema }).strict(),
  // hand queue
  'queue:reorder': z.object({ order }).strict(),
  'queue:remove': target,
  'queue:clear': none,
  // talking stick and rounds
  'stick:on': none,
  'stick:off': none,
  'stick:setTurnLength': z.object({ turnMs: z.number().int().min(10_000).max(3_600_000) }).strict(),
  /** At a turn's end pass the stick on by itself (true) or wait for a facilitator to skip or extend. */
  'stick:setAutoPass': z.object({ autoPass: z.boolean() }).strict(),
  'stick:extend': z.object({ byMs: z.number().int().min(1_000).max(1_800_000) }).strict(),
  'stick:skip': none,
  'stick:giveFloor': target,
  'round:start': z.object({ order: order.pipe(z.array(peerId).min(1, 'name at least one speaker')) }).strict(),
  // breakout rooms: the server adds the random `seed` of plan and shuffle itself
  'breakout:plan': z
    .object({
      rooms: z.array(z.object({ name: roomText(60).optional(), topic: roomText(200).optional() }).strict()).min(1).max(50),
      mode: z.enum(['auto', 'manual']),
      keepApart: z.array(z.tuple([peerId, peerId])).max(200).optional(),
      durationMs: z.number().int().min(60_000).max(4 * 3_600_000).nullable().optional(),
      warningMs: z.number().int().min(0).max(600_000).optional(),
      allowReturn: z.boolean().optional(),
    })
    .strict(),
  'breakout:assign': z.object({ peerId, roomId: roomId.nullable() }).strict(),
  'breakout:shuffle': none,
  'breakout:optOut': z.object({ optOut: z.boolean() }).strict(),
  'breakout:open': none,
  'breakout:move': z.object({ peerId, to: roomId }).strict(),
  'breakout:addRoom': z.object({ name: roomText(60).optional(), topic: roomText(200).optional() }).strict(),
  'breakout:broadcast': z.object({ message: z.string().trim().min(1).max(300) }).strict(),
  'breakout:visit': z.object({ to: roomId }).strict(),
  'breakout:askHelp': none,
  'breakout:clearHelp': z.object({ roomId }).strict(),
  'breakout:setHost': z.object({ peerId, host: z.boolean() }).strict(),
  'breakout:extend': z.object({ byMs: z.number().int().min(60_000).max(3_600_000) }).strict(),
  'breakout:close': none,
  'breakout:returnToMain': none,
} as const;

/** Events whose action the server completes with a fresh random seed (breakout assignment). */
export const SEEDED_EVENTS: readonly SessionEventName[] = ['breakout:plan', 'breakout:shuffle'];

export type SessionEventName = keyof typeof sessionSchemas;
export const SESSION_EVENTS = Object.keys(sessionSchemas) as SessionEventName[];

export const chatSchemas = {
  /** `to: 'facilitators'` is a private note only facilitating peers (and the sender) see. */
  'chat:send': z.object({ text: chatTextSchema, to: z.enum(['room', 'facilitators']).default('room') }).strict(),
  /** Facilitators delete any message for everyone; a sender may delete their own. */
  'chat:delete': z.object({ messageId: z.string().min(1).max(64) }).strict(),
  'reaction:send': z.object({ reaction: z.enum(REACTIONS) }).strict(),
} as const;

export interface ChatMessage {
  messageId: string;
  from: { peerId: string; displayName: string };
  to: 'room' | 'facilitators';
  text: string;
  /** Server time (ms). */
  sentAt: number;
}
