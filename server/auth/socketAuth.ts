// The socket handshake's authority: a join token says who and which room; the database says
// whether that person still belongs there and under which name and role (guests have no row: their
// signed token is all there is, and it only ever opens an instant room).
import { HandshakeError, type Authenticate } from '../realtime/identity';
import type { Store } from '../store';
import { groupRoomId, isGroupRoomId, type JoinTokens } from './joinTokens';

export function createSocketAuthenticator(store: Store, tokens: JoinTokens): Authenticate {
  return async (token) => {
    if (token === undefined || token === null || token === '') {
      throw new HandshakeError('unauthenticated', 'open the session from your group page to join it');
    }
    const check = await tokens.verify(token);
    if (!check.ok) {
      throw new HandshakeError(check.code, check.code === 'token_expired' ? 'your join link has expired; reload the page' : 'your join link is not valid');
    }
    const { subject, roomId } = check.claims;
    if (subject.kind === 'membership') {
      const m = await store.memberships.byId(subject.membershipId);
      if (!m || m.groupId !== subject.groupId || roomId !== groupRoomId(m.groupId)) {
        throw new HandshakeError('unauthenticated', 'you are no longer a member of this group');
      }
      const group = await store.groups.byId(m.groupId);
      if (!group) throw new HandshakeError('unauthenticated', 'this group no longer exists');
      return { subject, roomId, role: m.role, displayName: m.pseudonym, roomTitle: group.name, guidelines: group.guidelines };
    }
    if (subject.kind === 'guest') {
      // A guest's name comes from their signed pass; guests meet the waiting room like members.
      if (isGroupRoomId(roomId)) throw new HandshakeError('unauthenticated', 'guest links open instant rooms only');
      return { subject, roomId, role: 'member', displayName: subject.displayName, roomTitle: roomId, guidelines: null };
    }
    const account = await store.accounts.byId(subject.accountId);
    if (!account || isGroupRoomId(roomId)) throw new HandshakeError('unauthenticated', 'sign in again to open this room');
    return { subject, roomId, role: 'host', displayName: account.displayName, roomTitle: roomId, guidelines: null };
  };
}
