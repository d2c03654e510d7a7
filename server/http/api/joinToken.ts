// Short-lived join tokens for the socket handshake (see server/auth/joinTokens.ts): one for the
// caller's membership in a group's live session, or one for a signed-in account's instant room.
import { groupRoomId, isGroupRoomId } from '../../auth/joinTokens';
import { ApiError } from '../errors';
import type { ApiDeps, Handlers } from './types';

export function joinTokenHandlers({ joinTokens }: ApiDeps): Pick<Handlers, 'joinToken' | 'roomJoinToken'> {
  return {
    async joinToken({ params, membership }) {
      const roomId = groupRoomId(params.groupId);
      // Staff join with their staff membership, so the session knows their role in this group.
      const signed = await joinTokens.sign({ subject: { kind: 'membership', membershipId: membership.id, groupId: params.groupId }, roomId });
      return { ...signed, roomId };
    },

    async roomJoinToken({ params, caller }) {
      if (isGroupRoomId(params.roomId)) {
        throw new ApiError('invalid_payload', 'that room belongs to a group session', { fields: { roomId: 'room ids starting with g- are group sessions' } });
      }
      const signed = await joinTokens.sign({ subject: { kind: 'account', accountId: caller.account!.id }, roomId: params.roomId });
      return { ...signed, roomId: params.roomId };
    },
  };
}
