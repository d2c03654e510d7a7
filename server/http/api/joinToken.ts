// Short-lived join tokens for the socket handshake (see server/auth/joinTokens.ts): one for the
// caller's membership in a group's live session, or one for an instant room: as its host for a
// signed-in account, as a guest for a browser holding a guest pass for that room.
// A scheduled group's room belongs to its occurrences: members get in from JOIN_EARLY_MINUTES
// before one starts until it ends (or whenever the room is already live); staff always may, to
// open it early. A group without any series works as before.
import { STAFF_ROLES, type Membership } from '../../store';
import { groupRoomId } from '../../auth/joinTokens';
import type { OccurrenceRef } from '../../../shared/api';
import { ApiError } from '../errors';
import { refuseGroupRoom } from './guestLinks';
import { nextOpening, openOccurrence } from '../../schedule/openOccurrence';
import type { ApiDeps, Handlers } from './types';

const STAFF: ReadonlySet<Membership['role']> = new Set(STAFF_ROLES);

export function joinTokenHandlers(deps: ApiDeps): Pick<Handlers, 'joinToken' | 'roomJoinToken'> {
  const { joinTokens, guestLinks, store, logger, now, joinEarlyMinutes, isRoomLive } = deps;

  /** The occurrence the room belongs to now, or null; throws not_open for a member who is too early. */
  async function occurrenceFor(groupId: string, roomId: string, membership: Membership): Promise<OccurrenceRef | null> {
    const { series, damaged } = await store.series.listForGroup(groupId);
    // No series at all, readable or not: the group has no schedule and its room works as before.
    if (series.length === 0 && damaged.length === 0) return null;
    if (damaged.length > 0) logger.error({ groupId, seriesIds: damaged }, 'stored series could not be read; left out');
    const at = now();
    const { open, failed } = openOccurrence(series, at, joinEarlyMinutes);
    if (failed.length > 0) logger.error({ groupId, seriesIds: failed }, 'stored series no longer expand; left out');
    if (open) return open;
    if (STAFF.has(membership.role) || isRoomLive(roomId)) return null;
    // Only a member kept waiting is told when: looking a year ahead is left for them.
    const { nextOpensAt } = nextOpening(series, at, joinEarlyMinutes);
    if (nextOpensAt) {
      throw new ApiError('not_open', `this group's next session opens for joining at ${nextOpensAt} (${joinEarlyMinutes} minutes before it starts)`, {
        // The server's clock too, so the waiting screen counts down right on a browser whose clock is off.
        fields: { opensAt: nextOpensAt, serverNow: new Date(at).toISOString() },
      });
    }
    throw new ApiError('not_open', 'this group has no upcoming session scheduled; ask your facilitator when it meets next');
  }

  return {
    async joinToken({ params, membership }) {
      const roomId = groupRoomId(params.groupId);
      const occurrence = await occurrenceFor(params.groupId, roomId, membership);
      // Staff join with their staff membership, so the session knows their role in this group.
      const signed = await joinTokens.sign({ subject: { kind: 'membership', membershipId: membership.id, groupId: params.groupId }, roomId });
      return { ...signed, roomId, occurrence };
    },

    async roomJoinToken({ params, caller }) {
      refuseGroupRoom(params.roomId);
      const { roomId } = params;
      if (caller.account) {
        const signed = await joinTokens.sign({ subject: { kind: 'account', accountId: caller.account.id }, roomId });
        return { ...signed, roomId, occurrence: null };
      }
      const pass = await guestLinks.readPass(caller.guestPass);
      if (pass?.roomId === roomId) {
        const signed = await joinTokens.sign({ subject: { kind: 'guest', guestId: pass.guestId, displayName: pass.displayName }, roomId });
        return { ...signed, roomId, occurrence: null };
      }
      throw new ApiError('unauthenticated', 'sign in, or ask the host for a guest link to this room');
    },
  };
}
