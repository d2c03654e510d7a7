// What a tile shows on top of the video: the person's role in this session, a raised hand (with
// its place in the queue), a facilitator mute, and a reaction they just sent. Pure, like tiles.ts.
import type { RoomRole } from '../../../shared/protocol';
import { asSessionView } from './floor';
import type { SessionState, ShownReaction } from './types';

export interface TileBadges {
  /** Shown for everyone but plain members. */
  role: Exclude<RoomRole, 'member'> | null;
  /** 1-based place in the hand queue, or null when the hand is down. */
  handPosition: number | null;
  mutedByFacilitator: boolean;
  reaction: ShownReaction | null;
}

export const NO_BADGES: TileBadges = { role: null, handPosition: null, mutedByFacilitator: false, reaction: null };

export function badgesFor(state: SessionState, peerId: string | null): TileBadges {
  if (!peerId) return NO_BADGES;
  const view = asSessionView(state.session);
  const participant = view?.participants.find((p) => p.peerId === peerId);
  // The view's role is the effective one (a member promoted for this session shows as co-facilitator).
  const role = participant?.role ?? state.peers[peerId]?.role ?? (state.self?.peerId === peerId ? state.self.role : null);
  const queued = view?.queue.find((q) => q.peerId === peerId);
  return {
    role: role && role !== 'member' ? role : null,
    handPosition: queued?.position ?? null,
    mutedByFacilitator: participant?.mutedBy.mic ?? false,
    reaction: state.reactions[peerId] ?? null,
  };
}
