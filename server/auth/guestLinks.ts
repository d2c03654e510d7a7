// Guest links for instant rooms, and the guest pass a browser gets for accepting one. Both are
// HS256 JWTs under the guest key, told apart by `typ`: a link says which room until when; a pass
// says which room, which guest (a random id) and under which name. Nothing is stored: guests leave
// no row behind, and a pass ends with its expiry.
import { randomUUID } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import { isGroupRoomId } from './joinTokens';

export const GUEST_LINK_DEFAULT_HOURS = 24;
export const GUEST_LINK_MAX_HOURS = 168;
/** A guest pass outlives a long meeting, not a day. */
export const GUEST_PASS_TTL_SECONDS = 12 * 60 * 60;
const LINK_TYPE = 'hearth-guest-link';
const PASS_TYPE = 'hearth-guest';
const ALG = 'HS256';
/** Longer than any token we sign; anything beyond it is refused before verifying. */
const MAX_TOKEN_LENGTH = 1024;

export type GuestLinkCheck = { ok: true; roomId: string; expiresAt: string } | { ok: false; code: 'token_invalid' | 'token_expired' };

export interface GuestPass {
  roomId: string;
  guestId: string;
  displayName: string;
  expiresAt: string;
}

export interface GuestLinks {
  /** A link into an instant room for `ttlHours`. Throws for a group room (callers check first). */
  createLink(roomId: string, ttlHours: number): Promise<{ token: string; expiresAt: string }>;
  checkLink(token: string): Promise<GuestLinkCheck>;
  /** A pass for a guest of `roomId`; `guestId` keeps the same person across a rename. */
  issuePass(pass: { roomId: string; displayName: string; guestId?: string }): Promise<{ pass: string } & GuestPass>;
  /** The pass's claims while its signature and expiry hold, else undefined. */
  readPass(pass: string | undefined): Promise<GuestPass | undefined>;
}

type Claims = { typ: string; room: unknown; exp?: number; sub?: string; name?: unknown };

export function createGuestLinks(key: Uint8Array, now: () => number = Date.now): GuestLinks {
  const sign = async (claims: Record<string, unknown>, ttlSeconds: number, subject?: string) => {
    const iat = Math.floor(now() / 1000);
    const exp = iat + ttlSeconds;
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: ALG }).setIssuedAt(iat).setExpirationTime(exp);
    if (subject) jwt = jwt.setSubject(subject);
    return { token: await jwt.sign(key), expiresAt: new Date(exp * 1000).toISOString() };
  };

  /** The payload of a token of this type, or why not. */
  const verify = async (token: string, typ: string): Promise<{ ok: true; payload: Claims } | { ok: false; code: 'token_invalid' | 'token_expired' }> => {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return { ok: false, code: 'token_invalid' };
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: [ALG], currentDate: new Date(now()) });
      const room = payload['room'];
      if (payload['typ'] !== typ || typeof room !== 'string' || isGroupRoomId(room)) return { ok: false, code: 'token_invalid' };
      return { ok: true, payload: payload as Claims };
    } catch (error) {
      return { ok: false, code: error instanceof errors.JWTExpired ? 'token_expired' : 'token_invalid' };
    }
  };

  return {
    async createLink(roomId, ttlHours) {
      if (isGroupRoomId(roomId)) throw new Error('guest links are for instant rooms only');
      const hours = Math.min(Math.max(Math.trunc(ttlHours), 1), GUEST_LINK_MAX_HOURS);
      return sign({ typ: LINK_TYPE, room: roomId }, hours * 60 * 60);
    },

    async checkLink(token) {
      const check = await verify(token, LINK_TYPE);
      if (!check.ok) return check;
      return { ok: true, roomId: check.payload.room as string, expiresAt: new Date((check.payload.exp ?? 0) * 1000).toISOString() };
    },

    async issuePass({ roomId, displayName, guestId = randomUUID() }) {
      if (isGroupRoomId(roomId)) throw new Error('guest passes are for instant rooms only');
      const { token, expiresAt } = await sign({ typ: PASS_TYPE, room: roomId, name: displayName }, GUEST_PASS_TTL_SECONDS, guestId);
      return { pass: token, roomId, guestId, displayName, expiresAt };
    },

    async readPass(pass) {
      if (!pass) return undefined;
      const check = await verify(pass, PASS_TYPE);
      if (!check.ok) return undefined;
      const { room, sub, name, exp } = check.payload;
      if (typeof sub !== 'string' || sub === '' || typeof name !== 'string' || name === '') return undefined;
      return { roomId: room as string, guestId: sub, displayName: name, expiresAt: new Date((exp ?? 0) * 1000).toISOString() };
    },
  };
}
