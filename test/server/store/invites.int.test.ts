import { describe, expect, it } from 'vitest';
import { createStore, hashToken, StoreConflict, type Store } from '../../../server/store/index';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';
import { makeAccount, makeGroup, rejection } from './fixtures';

const DAY = 86_400_000;

describe.each(TEST_DIALECTS)('invites on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  async function setup() {
    const owner = await makeAccount(t.store);
    const group = await makeGroup(t.store, owner.id);
    const invite = (token: string, over: { maxUses?: number; ttlMs?: number; role?: 'member' | 'facilitator' | 'co_facilitator'; note?: string } = {}) =>
      t.store.invites.create({ groupId: group.id, tokenHash: hashToken(token), role: over.role ?? 'member', createdBy: owner.id, ttlMs: over.ttlMs ?? 7 * DAY, ...over });
    return { owner, group, invite };
  }

  it('creates an invite and finds it by token hash', async () => {
    const { owner, group, invite } = await setup();
    const created = await invite('tok-1', { maxUses: 5, note: 'March intake', role: 'co_facilitator' });
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      groupId: group.id,
      role: 'co_facilitator',
      createdBy: owner.id,
      createdAt: '2026-03-01T10:00:00.000Z',
      expiresAt: '2026-03-08T10:00:00.000Z',
      maxUses: 5,
      uses: 0,
      revokedAt: undefined,
      note: 'March intake',
    });
    expect(await t.store.invites.byTokenHash(hashToken('tok-1'))).toEqual(created);
    expect(await t.store.invites.byTokenHash(hashToken('tok-unknown'))).toBeUndefined();
    const unlimited = await invite('tok-2');
    expect([unlimited.maxUses, unlimited.note]).toEqual([undefined, undefined]);
  });

  it('refuses a token hash that is already in use', async () => {
    const { invite } = await setup();
    await invite('same-token');
    const err = await rejection(invite('same-token'));
    expect(err).toBeInstanceOf(StoreConflict);
    expect(err).toMatchObject({ constraint: 'invites_token_hash_key' });
  });

  it('lists a group’s invites newest first, including revoked ones', async () => {
    const { owner, group, invite } = await setup();
    const other = await makeGroup(t.store, owner.id);
    const a = await invite('a');
    t.clock.advance(1000);
    const b = await invite('b');
    await t.store.invites.create({ groupId: other.id, tokenHash: hashToken('elsewhere'), role: 'member', createdBy: owner.id, ttlMs: DAY });
    await t.store.invites.revoke(group.id, a.id);
    expect((await t.store.invites.listForGroup(group.id)).map((i) => [i.id, i.revokedAt])).toEqual([
      [b.id, undefined],
      [a.id, '2026-03-01T10:00:01.000Z'],
    ]);
  });

  it('consumes an unlimited invite any number of times until it expires', async () => {
    const { invite } = await setup();
    await invite('open', { ttlMs: DAY });
    for (let i = 1; i <= 4; i++) {
      expect(await t.store.invites.consume(hashToken('open'))).toMatchObject({ ok: true, invite: { uses: i } });
    }
    t.clock.advance(DAY - 1);
    expect(await t.store.invites.consume(hashToken('open'))).toMatchObject({ ok: true, invite: { uses: 5 } });
    t.clock.advance(1);
    expect(await t.store.invites.consume(hashToken('open'))).toEqual({ ok: false, reason: 'expired' });
    expect((await t.store.invites.byTokenHash(hashToken('open')))?.uses).toBe(5);
  });

  it('does not consume a revoked invite, and revokes only within the named group', async () => {
    const { owner, group, invite } = await setup();
    const other = await makeGroup(t.store, owner.id);
    const inv = await invite('rev', { maxUses: 10 });
    expect(await t.store.invites.revoke(other.id, inv.id)).toBe(false);
    expect(await t.store.invites.consume(hashToken('rev'))).toMatchObject({ ok: true });
    t.clock.advance(1000);
    expect(await t.store.invites.revoke(group.id, inv.id)).toBe(true);
    expect(await t.store.invites.revoke(group.id, inv.id)).toBe(false);
    expect(await t.store.invites.consume(hashToken('rev'))).toEqual({ ok: false, reason: 'revoked' });
    expect(await t.store.invites.byTokenHash(hashToken('rev'))).toMatchObject({ uses: 1, revokedAt: '2026-03-01T10:00:01.000Z' });
  });

  it('says not_found for an unknown token and used_up once max_uses is reached', async () => {
    const { invite } = await setup();
    expect(await t.store.invites.consume(hashToken('nope'))).toEqual({ ok: false, reason: 'not_found' });
    await invite('twice', { maxUses: 2 });
    expect((await t.store.invites.consume(hashToken('twice'))).ok).toBe(true);
    expect((await t.store.invites.consume(hashToken('twice'))).ok).toBe(true);
    expect(await t.store.invites.consume(hashToken('twice'))).toEqual({ ok: false, reason: 'used_up' });
    expect((await t.store.invites.byTokenHash(hashToken('twice')))?.uses).toBe(2);
  });

  it('lets exactly max_uses of many concurrent accepts through, across two server instances', async () => {
    const { invite } = await setup();
    await invite('rush', { maxUses: 3 });
    // Two handles (each its own pool on Postgres) stand in for two server instances.
    const second = createStore(await t.database.open({ now: t.clock.now }));
    const stores: Store[] = [t.store, second];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => stores[i % 2]!.invites.consume(hashToken('rush'))));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 17 }, () => ({ ok: false, reason: 'used_up' })));
    const uses = results.flatMap((r) => (r.ok ? [r.invite.uses] : [])).sort();
    expect(uses).toEqual([1, 2, 3]);
    expect((await second.invites.byTokenHash(hashToken('rush')))?.uses).toBe(3);
  });

  it('gives the use back when the join that consumed it fails in the same transaction', async () => {
    const { group, invite } = await setup();
    await invite('join', { maxUses: 1 });
    await t.store.memberships.addMember({ groupId: group.id, pseudonym: 'Taken', credentialHash: hashToken('c1'), acceptedGuidelines: true });
    const err = await rejection(
      t.store.transaction(async (tx) => {
        const used = await tx.invites.consume(hashToken('join'));
        if (!used.ok) throw new Error(`unexpected ${used.reason}`);
        return tx.memberships.addMember({ groupId: used.invite.groupId, pseudonym: 'taken', credentialHash: hashToken('c2'), acceptedGuidelines: true });
      }),
    );
    expect(err).toBeInstanceOf(StoreConflict);
    expect((await t.store.invites.byTokenHash(hashToken('join')))?.uses).toBe(0);

    const joined = await t.store.transaction(async (tx) => {
      const used = await tx.invites.consume(hashToken('join'));
      if (!used.ok) throw new Error(`unexpected ${used.reason}`);
      return tx.memberships.addMember({ groupId: used.invite.groupId, pseudonym: 'Fresh', credentialHash: hashToken('c2'), acceptedGuidelines: true });
    });
    expect(joined.pseudonym).toBe('Fresh');
    expect((await t.store.invites.byTokenHash(hashToken('join')))?.uses).toBe(1);
  });
});
