// Invite links: `<inviteId>.<HMAC(key, 'invite:' + inviteId)>` (signedIds.ts). The id is a random
// UUID, the MAC makes the link unforgeable, the row makes it revocable, and the server can derive
// the same link again whenever staff want to copy it. Only sha-256(link) is stored.
import type { Invite, Store } from '../store';
import { isoTime } from '../store/time';
import { createSignedIds } from './signedIds';
import { hashToken } from './tokens';

export type InviteRefusal = 'token_invalid' | 'token_revoked' | 'token_expired' | 'token_used_up';
export type InviteCheck = { ok: true; invite: Invite } | { ok: false; code: InviteRefusal };

export interface InviteLinks {
  /** A fresh invite id with its link token and the hash to store. */
  mint(): { inviteId: string; token: string; tokenHash: string };
  /** The token of an existing invite, derived again from its id. */
  tokenFor(inviteId: string): string;
  /** The invite id if the token's signature verifies; nothing else is checked. */
  verifySignature(token: string): string | undefined;
  /**
   * The full check, in this order: signature (token_invalid), row exists (token_invalid),
   * revoked, expired, used up. Reads only; accepting still goes through store.invites.consume.
   */
  check(store: Store, token: string, now: () => number): Promise<InviteCheck>;
}

export function createInviteLinks(key: Uint8Array): InviteLinks {
  const ids = createSignedIds(key, 'invite');
  return {
    mint() {
      const { id, token, tokenHash } = ids.mint();
      return { inviteId: id, token, tokenHash };
    },
    tokenFor: ids.tokenFor,
    verifySignature: ids.verify,
    async check(store, token, now) {
      if (ids.verify(token) === undefined) return { ok: false, code: 'token_invalid' };
      const invite = await store.invites.byTokenHash(hashToken(token));
      if (!invite) return { ok: false, code: 'token_invalid' };
      const state = inviteState(invite, now);
      return state === 'active' ? { ok: true, invite } : { ok: false, code: REFUSALS[state] };
    },
  };
}

const REFUSALS = { revoked: 'token_revoked', expired: 'token_expired', used_up: 'token_used_up' } as const;

/** What an invite's row says about it now; revoked wins over expired, expired over used up. */
export function inviteState(invite: Invite, now: () => number): 'active' | 'revoked' | 'expired' | 'used_up' {
  if (invite.revokedAt !== undefined) return 'revoked';
  if (invite.expiresAt <= isoTime(now())) return 'expired';
  if (invite.maxUses !== undefined && invite.uses >= invite.maxUses) return 'used_up';
  return 'active';
}

/** The refusal code of a failed store.invites.consume. */
export function consumeRefusal(reason: 'not_found' | 'revoked' | 'expired' | 'used_up'): InviteRefusal {
  return reason === 'not_found' ? 'token_invalid' : REFUSALS[reason];
}
