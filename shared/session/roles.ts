// The permission table: which effective role may issue which action, in ONE place. Rule modules
// then check only "may this happen now?" (conflict / not_found), never "who may do this?".
import type { RoomRole } from '../protocol';
import type { ActionType } from './actions';
import type { Participant } from './state';

/** Hold the space: may hand over, lock, remove. Their absence starts the handover grace period. */
const LEADS: readonly RoomRole[] = ['organiser', 'facilitator', 'host'];
/** Run the room: leads plus co-facilitators (admit, mute, queue, floor). */
const FACILITATING: readonly RoomRole[] = [...LEADS, 'co_facilitator'];
const EVERYONE: readonly RoomRole[] = [...FACILITATING, 'member'];

export function effectiveRole(p: Participant): RoomRole {
  // A session override never touches leads: demoting an organiser is a hand-over, not a demote.
  if (p.sessionRole !== null && (p.role === 'member' || p.role === 'co_facilitator')) return p.sessionRole;
  return p.role;
}

export const isLeadRole = (role: RoomRole): boolean => LEADS.includes(role);
export const isFacilitatingRole = (role: RoomRole): boolean => FACILITATING.includes(role);
export const isLead = (p: Participant): boolean => isLeadRole(effectiveRole(p));
/** Facilitating peers are exempt from muteAll and from stick muting, and see the waiting list. */
export const isFacilitating = (p: Participant): boolean => isFacilitatingRole(effectiveRole(p));

type Allowed = readonly RoomRole[] | 'server';

export const PERMISSIONS: Record<ActionType, Allowed> = {
  'session:arrive': 'server',
  'session:disconnect': 'server',
  'session:tick': 'server',
  'session:leave': EVERYONE,
  'hand:raise': EVERYONE,
  'hand:lower': EVERYONE,
  'media:selfUnmute': EVERYONE,
  'stick:pass': EVERYONE,
  'stick:finish': EVERYONE,
  'waiting:admit': FACILITATING,
  'waiting:admitAll': FACILITATING,
  'waiting:decline': FACILITATING,
  'waiting:sendBack': FACILITATING,
  // Removing, locking and the waiting-room switch change who may be here at all: leads only.
  'room:remove': LEADS,
  'room:lock': LEADS,
  'room:unlock': LEADS,
  'room:setWaitingRoom': LEADS,
  'facilitator:handOver': LEADS,
  'facilitator:promote': LEADS,
  'facilitator:demote': LEADS,
  'facilitator:mute': FACILITATING,
  'facilitator:muteAll': FACILITATING,
  'facilitator:stopVideo': FACILITATING,
  'facilitator:askToUnmute': FACILITATING,
  'queue:reorder': FACILITATING,
  'queue:remove': FACILITATING,
  'queue:clear': FACILITATING,
  'stick:on': FACILITATING,
  'stick:off': FACILITATING,
  'stick:setTurnLength': FACILITATING,
  'stick:setAutoPass': FACILITATING,
  'stick:extend': FACILITATING,
  'stick:skip': FACILITATING,
  'stick:giveFloor': FACILITATING,
  'round:start': FACILITATING,
  // Breakouts are run by anyone facilitating the main session (their main seat's role: roles hold
  // across rooms). A breakout host is a member in main, so none of these; inside their breakout they
  // co-facilitate through the existing actions. Members choose for themselves only.
  'breakout:plan': FACILITATING,
  'breakout:assign': FACILITATING,
  'breakout:shuffle': FACILITATING,
  'breakout:optOut': EVERYONE,
  'breakout:open': FACILITATING,
  'breakout:move': FACILITATING,
  'breakout:addRoom': FACILITATING,
  'breakout:broadcast': FACILITATING,
  'breakout:visit': FACILITATING,
  'breakout:askHelp': EVERYONE,
  'breakout:clearHelp': FACILITATING,
  'breakout:setHost': FACILITATING,
  'breakout:extend': FACILITATING,
  'breakout:close': FACILITATING,
  'breakout:returnToMain': EVERYONE,
};

/**
 * Null when allowed. A peer in the waiting room may only leave: it is not in the room yet.
 * The server may only issue server actions, so a bug in a handler cannot act as a facilitator.
 */
export function authorize(type: ActionType, actor: Participant | 'server' | undefined): string | null {
  const allowed = PERMISSIONS[type];
  if (actor === 'server') return allowed === 'server' ? null : 'only a participant can do this';
  if (allowed === 'server') return 'only the server can do this';
  if (!actor) return 'you are not in this room';
  if (actor.place === 'waiting' && type !== 'session:leave') return 'you are in the waiting room';
  if (!allowed.includes(effectiveRole(actor))) return 'your role in this room cannot do this';
  return null;
}
