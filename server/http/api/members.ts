// Who is in a group: the member list for staff, removing someone, leaving, and rejoining on
// another device with a recovery code. Every removal also ends the person's live connection.
import { parseRecoveryCode } from '../../auth/memberCredentials';
import { hashToken } from '../../auth/tokens';
import { ApiError } from '../errors';
import { clientKey } from '../limits';
import { existingGroup } from './groups';
import type { ApiDeps, Handlers } from './types';
import { memberView, myGroupView } from './views';

export function memberHandlers(deps: ApiDeps): Pick<Handlers, 'listMembers' | 'removeMember' | 'leaveGroup' | 'recover'> {
  const { store, limiters, logger, onMembershipRemoved } = deps;
  return {
    async listMembers({ params }) {
      return { members: (await store.memberships.listForGroup(params.groupId)).map(memberView) };
    },

    async removeMember({ params, membership: me }) {
      const target = await store.memberships.byId(params.membershipId);
      if (!target || target.groupId !== params.groupId) throw new ApiError('not_found', 'no such member in this group');
      if (target.role === 'organiser') throw new ApiError('not_authorized', 'an organiser cannot be removed');
      // Staff come in through organisers' invites, so only organisers take them out again.
      if (target.role !== 'member' && me.role !== 'organiser') throw new ApiError('not_authorized', 'only an organiser can remove facilitators');
      if (!(await store.memberships.remove(params.groupId, target.id))) throw new ApiError('not_found', 'no such member in this group');
      onMembershipRemoved(target.id);
      logger.info({ groupId: params.groupId, membershipId: target.id }, 'membership removed');
      return undefined;
    },

    async leaveGroup({ params, membership: me, caller }) {
      await store.transaction(async (tx) => {
        if (me.role === 'organiser') {
          const organisers = (await tx.memberships.listForGroup(params.groupId)).filter((m) => m.role === 'organiser');
          if (organisers.length <= 1) throw new ApiError('conflict', 'you are the last organiser: delete the group instead, or make someone else organiser first');
        }
        if (!(await tx.memberships.remove(params.groupId, me.id))) throw new ApiError('not_found', 'you are no longer in this group');
      });
      caller.dropMembership(me.id);
      onMembershipRemoved(me.id);
      logger.info({ groupId: params.groupId, membershipId: me.id }, 'membership left');
      return undefined;
    },

    async recover({ body, caller, req }) {
      limiters.tokensPerClient.take(clientKey(req));
      const credential = parseRecoveryCode(body.recoveryCode);
      const membership = credential ? await store.memberships.byCredentialHash(hashToken(credential)) : undefined;
      if (!credential || !membership) throw new ApiError('token_invalid', 'that recovery code does not match any membership; check it and try again');
      const held = await caller.memberships();
      const already = held.some((h) => h.credential === credential);
      // One credential per group: the recovered one replaces another this browser holds there.
      const sameGroup = held.filter((h) => h.membership.groupId === membership.groupId && h.credential !== credential);
      if (!already && sameGroup.length === 0 && !(await caller.canHoldAnotherCredential())) {
        throw new ApiError('conflict', 'this browser already holds the most groups it can; leave one first');
      }
      for (const h of sameGroup) caller.dropMembership(h.membership.id);
      caller.addCredential(credential, membership);
      return { group: myGroupView(await existingGroup(deps, membership.groupId), membership) };
    },
  };
}
