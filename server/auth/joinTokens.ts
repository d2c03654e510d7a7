// Short-lived signed tokens for the socket handshake. The REST API mints one for a caller who may
// enter a room; the gateway verifies it, then still looks the holder up in the database (a member
// removed a second ago must not get in with a token minted before).
import { SignJWT, errors, jwtVerify } from 'jose';

/** Long enough to load the room page and connect; short enough that a leaked token is soon useless. */
export const JOIN_TOKEN_TTL_SECONDS = 120;
const TYPE = 'hearth-join';
const ALG = 'HS256';

/**
 * Who the token speaks for: a group membership (group sessions), an account (instant rooms), or a
 * guest holding a guest pass for one instant room (no row anywhere: the name travels in the token).
 */
export type JoinSubject =
  | { kind: 'membership'; membershipId: string; groupId: string }
  | { kind: 'account'; accountId: string }
  | { kind: 'guest'; guestId: string; displayName: string };

export interface JoinClaims {
  subject: JoinSubject;
  roomId: string;
}

export type JoinTokenCheck = { ok: true; claims: JoinClaims } | { ok: false; code: 'token_invalid' | 'token_expired' };

export interface JoinTokens {
  sign(claims: JoinClaims): Promise<{ token: string; expiresAt: string }>;
  verify(token: unknown): Promise<JoinTokenCheck>;
}

export function createJoinTokens(key: Uint8Array, now: () => number = Date.now): JoinTokens {
  return {
    async sign({ subject, roomId }) {
      const iat = Math.floor(now() / 1000);
      const exp = iat + JOIN_TOKEN_TTL_SECONDS;
      const token = await new SignJWT({ typ: TYPE, room: roomId, ...extraClaims(subject) })
        .setProtectedHeader({ alg: ALG })
        .setSubject(subjectClaim(subject))
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key);
      return { token, expiresAt: new Date(exp * 1000).toISOString() };
    },

    async verify(token) {
      if (typeof token !== 'string' || token.length === 0 || token.length > 2048) return { ok: false, code: 'token_invalid' };
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: [ALG], currentDate: new Date(now()) });
        const { sub, room, grp, typ, name } = payload;
        if (typ !== TYPE || typeof sub !== 'string' || typeof room !== 'string') return { ok: false, code: 'token_invalid' };
        const [kind, id] = [sub.slice(0, 2), sub.slice(2)];
        if (kind === 'm:' && id && typeof grp === 'string') {
          return { ok: true, claims: { subject: { kind: 'membership', membershipId: id, groupId: grp }, roomId: room } };
        }
        if (kind === 'a:' && id) return { ok: true, claims: { subject: { kind: 'account', accountId: id }, roomId: room } };
        if (kind === 'g:' && id && typeof name === 'string' && name !== '') {
          return { ok: true, claims: { subject: { kind: 'guest', guestId: id, displayName: name }, roomId: room } };
        }
        return { ok: false, code: 'token_invalid' };
      } catch (error) {
        return { ok: false, code: error instanceof errors.JWTExpired ? 'token_expired' : 'token_invalid' };
      }
    },
  };
}

function subjectClaim(subject: JoinSubject): string {
  if (subject.kind === 'membership') return `m:${subject.membershipId}`;
  return subject.kind === 'account' ? `a:${subject.accountId}` : `g:${subject.guestId}`;
}

function extraClaims(subject: JoinSubject): Record<string, string> {
  if (subject.kind === 'membership') return { grp: subject.groupId };
  return subject.kind === 'guest' ? { name: subject.displayName } : {};
}

/** The room of a group's live session. Instant rooms can never take this shape (see roomJoinToken). */
export const groupRoomId = (groupId: string): string => `g-${groupId}`;
export const isGroupRoomId = (roomId: string): boolean => roomId.startsWith('g-');
/** The group a group room belongs to, or null for an instant room. */
export const groupIdOfRoom = (roomId: string): string | null => (isGroupRoomId(roomId) ? roomId.slice(2) : null);
