// Short-lived join tokens for the socket handshake (see server/auth/joinTokens.ts): one for the
// caller's membership in a group's live session, or one for an instant room: as its host for a
// signed-in account, as a guest for a browser holding a guest pass for that room.
import { groupRoomId } from '../../auth/joinTokens';
import { ApiError } from '../errors';
import { refuseGroupRoom } from './guestLinks';
import type { ApiDeps, Handlers } from './types';

export function joinTokenHandlers({ joinTokens, guestLinks }: ApiDeps): Pick<Handlers, 'joinToken' | 'roomJoinToken'> {
  return {
    async joinToken({ params, membership }) {
      const roomId = groupRoomId(params.groupId);
      // Staff join with their staff membership, so the session knows their role in this group.
      const signed = await joinTokens.sign({ subject: { kind: 'membership', membershipId: membership.id, groupId: params.groupId }, roomId });
      return { ...signed, roomId };
    },

    async roomJoinToken({ params, caller }) {
      refuseGroupRoom(params.roomId);
      const { roomId } = params;
      if (caller.account) {
        const signed = await joinTokens.sign({ subject: { kind: 'account', accountId: caller.account.id }, roomId });
        return { ...signed, roomId };
      }
      const pass = await guestLinks.readPass(caller.guestPass);
      if (pass?.roomId === roomId) {
        const signed = await joinTokens.sign({ subject: { kind: 'guest', guestId: pass.guestId, displayName: pass.displayName }, roomId });
        return { ...signed, roomId };
      }
      throw new ApiError('unauthenticated', 'sign in, or ask the host for a guest link to this room');
    },
  };
}
