// What a role may do in a group, read from the route table's access rules, so the UI offers
// exactly what the server will allow. The server still decides every request.
import { ROUTES, type InviteRole, type Role, type RouteName } from '../../../shared/api';

export function mayCall(route: RouteName, role: Role): boolean {
  const access: { kind: string; roles?: readonly Role[] } = ROUTES[route].access;
  if (access.kind !== 'group') return true;
  return access.roles?.includes(role) ?? false;
}

/** Member invites: facilitators; staff invites: organisers (see ROUTES.createInvite). */
export function invitableRoles(role: Role): InviteRole[] {
  if (!mayCall('createInvite', role)) return [];
  return role === 'organiser' ? ['member', 'co_facilitator', 'facilitator'] : ['member'];
}
