// Per-person limits on chat and reactions, on top of the connection-wide request limit: a short
// burst, then a calm steady pace, so nobody can flood a support group's room.
import { createRateLimiter } from '../rateLimit';
import type { Participant } from '../participant';

export const CHAT_RATE = { burst: 5, perSecond: 0.5 };
export const REACTION_RATE = { burst: 3, perSecond: 0.5 };

interface Limits {
  chat: () => boolean;
  reaction: () => boolean;
}

/** Keyed by the connection's Participant: the limits go away with it. */
const limits = new WeakMap<Participant, Limits>();

export function allow(participant: Participant, kind: keyof Limits): boolean {
  let l = limits.get(participant);
  if (!l) {
    l = { chat: createRateLimiter(CHAT_RATE), reaction: createRateLimiter(REACTION_RATE) };
    limits.set(participant, l);
  }
  return l[kind]();
}
