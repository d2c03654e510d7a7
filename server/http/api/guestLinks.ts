// Guest links to instant rooms: a signed-in host makes one; anyone holding it sees where it leads
// and accepts it with a name, which gives their browser a guest pass for that one room. Guests are
// never stored: the pass is a signed cookie, and the room's waiting room holds them until admitted.
import type { Request } from 'express';
import { isGroupRoomId } from '../../auth/joinTokens';
import { ApiError } from '../errors';
import { clientKey } from '../limits';
import { linkBase } from '../origin';
import type { ApiDeps, Handlers } from './types';

const REFUSALS = {
  token_invalid: 'this guest link is not valid; check that you copied all of it',
  token_expired: 'this guest link has expired; ask the host for a new one',
} as const;

/** The same refusal roomJoinToken gives: group rooms are opened through group membership only. */
export function refuseGroupRoom(roomId: string): void {
  if (isGroupRoomId(roomId)) {
    throw new ApiError('invalid_payload', 'that room belongs to a group session', { fields: { roomId: 'room ids starting with g- are group sessions' } });
  }
}

export function guestLinkHandlers(deps: ApiDeps): Pick<Handlers, 'createGuestLink' | 'previewGuestLink' | 'acceptGuestLink'> {
  const { guestLinks, limiters, logger, publicUrl } = deps;

  // Built like invite links: the public URL when configured, else the origin the request came to.
  const linkTo = (req: Request, token: string) => `${linkBase(req, publicUrl)}/guest/${token}`;

  const validLink = async (token: string) => {
    const check = await guestLinks.checkLink(token);
    if (!check.ok) throw new ApiError(check.code, REFUSALS[check.code]);
    return check;
  };

  return {
    async createGuestLink({ params, body, caller, req }) {
      refuseGroupRoom(params.roomId);
      const { token, expiresAt } = await guestLinks.createLink(params.roomId, body.ttlHours);
      // The room id is a meeting's address, not a person: fine to log; the token never is.
      logger.info({ accountId: caller.account?.id, roomId: params.roomId, ttlHours: body.ttlHours }, 'guest link created');
      return { url: linkTo(req, token), token, expiresAt };
    },

    async previewGuestLink({ params, req }) {
      limiters.tokensPerClient.take(clientKey(req));
      const { roomId, expiresAt } = await validLink(params.token);
      return { roomId, roomTitle: roomId, expiresAt };
    },

    async acceptGuestLink({ params, body, caller, req }) {
      limiters.tokensPerClient.take(clientKey(req));
      const { roomId } = await validLink(params.token);
      // Renaming in the same room keeps the same guest, so a guest removed with a block stays out.
      const held = await guestLinks.readPass(caller.guestPass);
      const { pass } = await guestLinks.issuePass({ roomId, displayName: body.displayName, guestId: held?.roomId === roomId ? held.guestId : undefined });
      caller.setGuestPass(pass);
      logger.info({ roomId }, 'guest link accepted');
      return { roomId };
    },
  };
}
