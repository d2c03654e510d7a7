// Everything the group page shows, fetched with only the calls the caller's role allows: anyone
// sees the group, staff the members, facilitators the invites.
import type { InviteView, MemberView, MyGroupView } from '../../../shared/api';
import type { ApiClient } from './client';
import { mayCall } from './permissions';

export interface GroupDetails {
  group: MyGroupView;
  /** Null when the caller's role may not list members. */
  members: MemberView[] | null;
  /** Null when the caller's role may not manage invites. */
  invites: InviteView[] | null;
}

export async function loadGroupDetails(api: ApiClient, groupId: string): Promise<GroupDetails> {
  const group = await api.call('getGroup', { params: { groupId } });
  const params = { groupId };
  const [members, invites] = await Promise.all([
    mayCall('listMembers', group.myRole) ? api.call('listMembers', { params }).then((r) => r.members) : null,
    mayCall('listInvites', group.myRole) ? api.call('listInvites', { params }).then((r) => r.invites) : null,
  ]);
  return { group, members, invites };
}
