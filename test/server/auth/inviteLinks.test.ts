import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInviteLinks, inviteState } from '../../../server/auth/inviteLinks';
import { hashToken } from '../../../server/auth/tokens';
import type { Invite, Store } from '../../../server/store';

const NOW = Date.parse('2026-03-01T10:00:00.000Z');
const now = () => NOW;

function invite(over: Partial<Invite> = {}): Invite {
  return {
    id: randomUUID(),
    groupId: randomUUID(),
    role: 'member',
    createdBy: randomUUID(),
    createdAt: '2026-03-01T09:00:00.000Z',
    expiresAt: '2026-03-02T09:00:00.000Z',
    maxUses: undefined,
    uses: 0,
    revokedAt: undefined,
    note: undefined,
    ...over,
  };
}

/** Just enough of a Store: invites by token hash. */
function storeWith(rows: Map<string, Invite>): Store {
  return { invites: { byTokenHash: async (h: string) => rows.get(h) } } as unknown as Store;
}

describe('invite links', () => {
  const links = createInviteLinks(randomBytes(32));

  it('are <uuid>.<43-character MAC>, derived again identically from the id', () => {
    const { inviteId, token, tokenHash } = links.mint();
    expect(token).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(`${inviteId}.`)).toBe(true);
    expect(links.tokenFor(inviteId)).toBe(token);
    expect(tokenHash).toBe(hashToken(token));
    expect(links.verifySignature(token)).toBe(inviteId);
  });

  it('do not verify under another key, or with any character changed', () => {
    const { token } = links.mint();
    expect(createInviteLinks(randomBytes(32)).verifySignature(token)).toBeUndefined();
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.' || token[i] === '-') continue;
      const changed = token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
      // The last MAC character carries 2 spare bits; a change there may decode to the same bytes.
      if (i === token.length - 1) continue;
      expect(links.verifySignature(changed), changed).toBeUndefined();
    }
    expect(links.verifySignature('')).toBeUndefined();
    expect(links.verifySignature('.')).toBeUndefined();
    expect(links.verifySignature(`${token}.`)).toBeUndefined();
  });

  it('checks signature, then row, then revoked, expired and used up, in that order', async () => {
    const rows = new Map<string, Invite>();
    const store = storeWith(rows);
    const add = (over: Partial<Invite>) => {
      const { inviteId, token, tokenHash } = links.mint();
      rows.set(tokenHash, invite({ id: inviteId, ...over }));
      return token;
    };
    const check = async (token: string) => {
      const r = await links.check(store, token, now);
      return r.ok ? 'ok' : r.code;
    };
    expect(await check('nonsense')).toBe('token_invalid');
    expect(await check(links.mint().token)).toBe('token_invalid'); // signed, but no row
    expect(await check(add({}))).toBe('ok');
    expect(await check(add({ revokedAt: '2026-03-01T09:30:00.000Z', expiresAt: '2026-03-01T09:59:00.000Z', maxUses: 1, uses: 1 }))).toBe('token_revoked');
    expect(await check(add({ expiresAt: '2026-03-01T10:00:00.000Z', maxUses: 1, uses: 1 }))).toBe('token_expired');
    expect(await check(add({ maxUses: 3, uses: 3 }))).toBe('token_used_up');
    expect(await check(add({ maxUses: 3, uses: 2 }))).toBe('ok');
  });

  it('state an invite as staff see it', () => {
    expect(inviteState(invite(), now)).toBe('active');
    expect(inviteState(invite({ expiresAt: '2026-03-01T10:00:00.001Z' }), now)).toBe('active');
    expect(inviteState(invite({ expiresAt: '2026-03-01T10:00:00.000Z' }), now)).toBe('expired');
  });
});
