// Every command the session understands, as a discriminated union keyed by the wire event name.
// The server has parsed payloads with zod before they get here; the reducer still range-checks
// numbers and ids because those depend on state.
import type { MediaSource, RoomRole } from '../protocol';

export type Action =
  // issued by the server, never by a peer
  | { type: 'session:arrive'; peerId: string; displayName: string; role: RoomRole; subjectKey: string }
  | { type: 'session:disconnect'; peerId: string }
  | { type: 'session:tick' }
  // the peer about themselves
  | { type: 'session:leave' }
  | { type: 'hand:raise' }
  | { type: 'hand:lower' }
  | { type: 'media:selfUnmute'; source: MediaSource }
  | { type: 'stick:pass' }
  | { type: 'stick:finish' }
  // waiting room and room control
  | { type: 'waiting:admit'; peerId: string }
  | { type: 'waiting:admitAll' }
  | { type: 'waiting:decline'; peerId: string; message: string }
  | { type: 'waiting:sendBack'; peerId: string }
  | { type: 'room:remove'; peerId: string; block: boolean }
  | { type: 'room:lock' }
  | { type: 'room:unlock' }
  | { type: 'room:setWaitingRoom'; enabled: boolean }
  // roles in the room
  | { type: 'facilitator:handOver'; peerId: string }
  | { type: 'facilitator:promote'; peerId: string }
  | { type: 'facilitator:demote'; peerId: string }
  // mute intents
  | { type: 'facilitator:mute'; peerId: string }
  | { type: 'facilitator:muteAll' }
  | { type: 'facilitator:stopVideo'; peerId: string }
  | { type: 'facilitator:askToUnmute'; peerId: string; source: MediaSource }
  // hand queue
  | { type: 'queue:reorder'; order: string[] }
  | { type: 'queue:remove'; peerId: string }
  | { type: 'queue:clear' }
  // talking stick and rounds
  | { type: 'stick:on' }
  | { type: 'stick:off' }
  | { type: 'stick:setTurnLength'; turnMs: number }
  | { type: 'stick:setAutoPass'; autoPass: boolean }
  | { type: 'stick:extend'; byMs: number }
  | { type: 'stick:skip' }
  | { type: 'stick:giveFloor'; peerId: string }
  | { type: 'round:start'; order: string[] }
  // breakout rooms (see breakouts/): planning before they open
  | {
      type: 'breakout:plan';
      rooms: Array<{ name?: string; topic?: string }>;
      mode: 'auto' | 'manual';
      keepApart?: Array<[string, string]>;
      durationMs?: number | null;
      warningMs?: number;
      allowReturn?: boolean;
      /** Supplied by the server, so the same plan request gives the same auto assignment. */
      seed: number;
    }
  | { type: 'breakout:assign'; peerId: string; roomId: string | null }
  | { type: 'breakout:shuffle'; seed: number }
  | { type: 'breakout:optOut'; optOut: boolean }
  // breakout rooms while they run
  | { type: 'breakout:open' }
  | { type: 'breakout:move'; peerId: string; to: string }
  | { type: 'breakout:addRoom'; name?: string; topic?: string }
  | { type: 'breakout:broadcast'; message: string }
  | { type: 'breakout:visit'; to: string }
  | { type: 'breakout:askHelp' }
  | { type: 'breakout:clearHelp'; roomId: string }
  | { type: 'breakout:setHost'; peerId: string; host: boolean }
  | { type: 'breakout:extend'; byMs: number }
  | { type: 'breakout:close' }
  | { type: 'breakout:returnToMain' };

export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

/** Who performs an action: a peer by id, or the server itself (arrivals, disconnects, timers). */
export type Actor = { peerId: string } | 'server';
