// Words people read for the contract's enum values.
import type { Focus, InviteView, Role } from '../../../shared/api';

export const ROLE_LABELS: Record<Role, string> = {
  organiser: 'Organiser',
  facilitator: 'Facilitator',
  co_facilitator: 'Co-facilitator',
  member: 'Member',
};

export const FOCUS_LABELS: Record<Focus, string> = {
  mental_health: 'Mental health',
  chronic_illness: 'Chronic illness',
  addiction_recovery: 'Addiction recovery',
  grief: 'Grief and loss',
  parenting: 'Parenting',
  other: 'Other',
};

export const INVITE_STATE_LABELS: Record<InviteView['state'], string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
  used_up: 'Used up',
};

export function usesLabel(invite: Pick<InviteView, 'uses' | 'maxUses'>): string {
  const used = `${invite.uses} ${invite.uses === 1 ? 'use' : 'uses'}`;
  return invite.maxUses === null ? `${used}, no limit` : `${invite.uses} of ${invite.maxUses} uses`;
}
