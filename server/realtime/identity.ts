// Who a connection speaks for, decided once at the socket handshake from a signed join token and
// the database; never from anything the client says later.
import type { RoomRole } from '../../shared/protocol';
import type { JoinSubject } from '../auth/joinTokens';

export interface Identity {
  subject: JoinSubject;
  /** The one room this connection may open. */
  roomId: string;
  role: RoomRole;
  /** The member's pseudonym in this group, or the account's name. */
  displayName: string;
  /** What people call the room: the group's name, or an instant room's id. */
  roomTitle: string;
}

/** Turns the handshake's token into an Identity, or throws a HandshakeError. */
export type Authenticate = (token: unknown) => Promise<Identity>;

export class HandshakeError extends Error {
  override name = 'HandshakeError';
  constructor(
    readonly code: 'unauthenticated' | 'token_invalid' | 'token_expired',
    message: string,
  ) {
    super(message);
  }
}

export const isMembership = (identity: Identity, membershipId: string): boolean =>
  identity.subject.kind === 'membership' && identity.subject.membershipId === membershipId;
