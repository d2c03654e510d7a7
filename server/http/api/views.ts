// Store rows → the response types of shared/api. Only what the contract names leaves the server:
// no hashes, no creator ids, no member credentials.
import type { AccountView, GroupView, InviteView, MemberView, MyGroupView } from '../../../shared/api';
import { inviteState } from '../../auth/inviteLinks';
import type { Account, Group, Invite, Membership } from '../../store';

export function accountView(a: Account): AccountView {
  return { id: a.id, email: a.email, displayName: a.displayName, canCreateGroups: a.canCreateGroups };
}

export function groupView(g: Group): GroupView {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    focus: g.focus,
    guidelines: g.guidelines,
    settings: { waitingRoom: g.waitingRoom, talkingStick: g.talkingStick, turnSeconds: g.turnSeconds },
    createdAt: g.createdAt,
  };
}

/** The group with the caller's role and name in it. */
export function myGroupView(g: Group, m: Pick<Membership, 'id' | 'role' | 'pseudonym'>): MyGroupView {
  return { ...groupView(g), myRole: m.role, myMembershipId: m.id, myPseudonym: m.pseudonym };
}

export function memberView(m: Membership): MemberView {
  return { membershipId: m.id, pseudonym: m.pseudonym, role: m.role, avatarColour: m.avatarColour ?? null, joinedAt: m.createdAt };
}

export function inviteView(i: Invite, url: string, now: () => number): InviteView {
  return {
    id: i.id,
    role: i.role,
    url,
    note: i.note ?? null,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    maxUses: i.maxUses ?? null,
    uses: i.uses,
    state: inviteState(i, now),
  };
}
