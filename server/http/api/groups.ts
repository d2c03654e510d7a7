// Groups: created by accounts allowed to, read by anyone with a role in them, changed and deleted
// by their organisers. Deleting a group ends every live connection of its members.
import type { z } from 'zod';
import type { groupPatchBody } from '../../../shared/api';
import type { Group, GroupSettings } from '../../store';
import { ApiError } from '../errors';
import type { ApiDeps, Handlers } from './types';
import { myGroupView } from './views';

type GroupPatch = z.output<typeof groupPatchBody>;

function toSettings(body: GroupPatch): Partial<GroupSettings> {
  const { settings, ...details } = body;
  return { ...details, ...(settings ?? {}) };
}

export async function existingGroup(deps: Pick<ApiDeps, 'store'>, groupId: string): Promise<Group> {
  const group = await deps.store.groups.byId(groupId);
  if (!group) throw new ApiError('not_found', 'no such group');
  return group;
}

export function groupHandlers(deps: ApiDeps): Pick<Handlers, 'createGroup' | 'getGroup' | 'updateGroup' | 'deleteGroup'> {
  const { store, logger, onMembershipRemoved } = deps;
  return {
    async createGroup({ body, caller }) {
      const account = caller.account!;
      if (!account.canCreateGroups) throw new ApiError('not_authorized', 'your account may not create groups; ask an organiser');
      const { settings, ...details } = body;
      const group = await store.groups.create({ ...details, ...settings, createdBy: account.id });
      const membership = group && (await store.memberships.byGroupAndAccount(group.id, account.id));
      if (!group || !membership) throw new Error('group created without its organiser');
      logger.info({ groupId: group.id }, 'group created');
      return myGroupView(group, membership);
    },

    async getGroup({ params, membership }) {
      return myGroupView(await existingGroup(deps, params.groupId), membership);
    },

    async updateGroup({ params, body, membership }) {
      const group = await store.groups.update(params.groupId, toSettings(body));
      if (!group) throw new ApiError('not_found', 'no such group');
      return myGroupView(group, membership);
    },

    async deleteGroup({ params }) {
      const everyone = await store.memberships.listForGroup(params.groupId);
      await store.groups.delete(params.groupId);
      for (const m of everyone) onMembershipRemoved(m.id);
      logger.info({ groupId: params.groupId }, 'group deleted');
      return undefined;
    },
  };
}
