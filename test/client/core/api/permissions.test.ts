import { describe, expect, it } from 'vitest';
import { invitableRoles, mayCall } from '../../../../client/core/api/permissions';

describe('permissions from the route table', () => {
  it('staff list members; only organisers and facilitators manage invites and remove people', () => {
    expect(mayCall('listMembers', 'co_facilitator')).toBe(true);
    expect(mayCall('listMembers', 'member')).toBe(false);
    expect(mayCall('listInvites', 'co_facilitator')).toBe(false);
    expect(mayCall('removeMember', 'facilitator')).toBe(true);
    expect(mayCall('removeMember', 'member')).toBe(false);
    expect(mayCall('leaveGroup', 'member')).toBe(true);
    expect(mayCall('previewInvite', 'member')).toBe(true);
  });

  it('facilitators invite members; organisers also invite staff', () => {
    expect(invitableRoles('organiser')).toEqual(['member', 'co_facilitator', 'facilitator']);
    expect(invitableRoles('facilitator')).toEqual(['member']);
    expect(invitableRoles('co_facilitator')).toEqual([]);
    expect(invitableRoles('member')).toEqual([]);
  });
});
