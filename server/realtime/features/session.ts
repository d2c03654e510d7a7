// The session controls (waiting room, room control, roles, mute, queue, talking stick, breakouts):
// one handler for all. The payload was parsed by its schema at the edge; the reducer decides
// (permissions and rules in shared/session); the room applies the outcome; everyone gets their
// new view. Breakout assignment is random: the server supplies the seed, never the client.
import { randomInt } from 'node:crypto';
import { SEEDED_EVENTS, SESSION_EVENTS, type SessionEventName } from '../../../shared/protocol';
import type { Action } from '../../../shared/session';
import type { Feature, Handler } from '../handler';

const control: Handler<SessionEventName> = async ({ participant, rooms }, payload, event) => {
  const { room } = participant.inRoom();
  const seed = SEEDED_EVENTS.includes(event) ? { seed: randomInt(2 ** 31) } : {};
  const outcome = room.session.act({ ...payload, ...seed, type: event } as Action, { peerId: participant.peerId });
  await rooms.apply(room, outcome);
  return {};
};

export const sessionFeature: Feature = Object.fromEntries(SESSION_EVENTS.map((event) => [event, control]));
