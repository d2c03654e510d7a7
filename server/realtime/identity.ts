// Who a connection speaks for, decided once at the socket handshake from a signed join token and
// the database; never from anything the client says later.
import type { RoomRole } from '../../shared/protocol';
import type { JoinSubject } from '../auth/joinTokens';

export interface Identity {
  subject: JoinSubject;
  /** The one room this connection may open. */
  roomId: string;
  role: RoomRole;
  /** The member's pseudonym in this group, the account's name, or the name a guest chose. */
  displayName: string;
  /** What people call the room: the group's name, or an instant room's id. */
  roomTitle: string;
  /** The group's community guidelines, for the waiting screen; null for an instant room. */
  guidelines: string | null;
}

/** The subject key of a group membership (also how plans made before a session name people). */
export const membershipKey = (membershipId: string): string => `membership:${membershipId}`;

/** One person, stable across connections: a session keeps their seat (and any block) by this. */
export function subjectKey(identity: Identity): string {
  const s = identity.subject;
  if (s.kind === 'membership') return membershipKey(s.membershipId);
  return s.kind === 'account' ? `account:${s.accountId}` : `guest:${s.guestId}`;
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
