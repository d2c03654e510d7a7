// What the viewer's role may do, read from the one PERMISSIONS table in shared/session, so the panel
// offers exactly what the server will accept. The server still decides; this only hides dead ends.
import type { RoomRole, SessionEventName } from '../../../shared/protocol';
import { PERMISSIONS } from '../../../shared/session';

/** `role` is already the effective role (views carry effective roles). */
export function can(role: RoomRole, event: SessionEventName): boolean {
  const allowed = PERMISSIONS[event];
  return allowed !== 'server' && allowed.includes(role);
}

/** Leads hold the space: they cannot be muted, sent back or removed. Facilitating peers run the
 *  room and are exempt from the stick and from "mute everyone". Views carry effective roles. */
export { isFacilitatingRole, isLeadRole } from '../../../shared/session';
