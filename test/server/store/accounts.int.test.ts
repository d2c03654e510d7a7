import { describe, expect, it } from 'vitest';
import { StoreConflict } from '../../../server/store/index';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';

describe.each(TEST_DIALECTS)('accounts on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  it('creates an account with a normalised email, found by id and by email in any case', async () => {
    const created = await t.store.accounts.create({ email: '  Ada.Lovelace@Example.ORG ', passwordHash: 'scrypt$abc', displayName: 'Ada' });
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email: 'ada.lovelace@example.org',
      passwordHash: 'scrypt$abc',
      displayName: 'Ada',
      canCreateGroups: true,
      createdAt: '2026-03-01T10:00:00.000Z',
      passwordChangedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(await t.store.accounts.byId(created.id)).toEqual(created);
    expect(await t.store.accounts.byEmail('ADA.LOVELACE@example.org')).toEqual(created);
    expect(await t.store.accounts.byEmail(' ada.lovelace@example.org\t')).toEqual(created);
  });

  it('returns undefined for accounts that do not exist', async () => {
    expect(await t.store.accounts.byId('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(await t.store.accounts.byEmail('nobody@example.org')).toBeUndefined();
  });

  it('rejects a duplicate email, whatever its case and spacing, as StoreConflict', async () => {
    await t.store.accounts.create({ email: 'sam@example.org', passwordHash: 'h', displayName: 'Sam' });
    const dup = t.store.accounts.create({ email: ' SAM@Example.org', passwordHash: 'h2', displayName: 'Other Sam' });
    await expect(dup).rejects.toBeInstanceOf(StoreConflict);
    await expect(t.store.accounts.create({ email: 'Sam@example.org', passwordHash: 'h2', displayName: 'S' })).rejects.toMatchObject({
      name: 'StoreConflict',
      constraint: 'accounts_email_key',
      message: 'conflict on accounts_email_key',
    });
    expect(await t.store.accounts.count()).toBe(1);
  });

  it('lets only the first account create groups by default; an explicit grant overrides', async () => {
    const first = await t.store.accounts.create({ email: 'first@example.org', passwordHash: 'h', displayName: 'F' });
    const second = await t.store.accounts.create({ email: 'second@example.org', passwordHash: 'h', displayName: 'S' });
    const byCli = await t.store.accounts.create({ email: 'cli@example.org', passwordHash: 'h', displayName: 'C', canCreateGroups: true });
    const notFirst = await t.store.accounts.create({ email: 'x@example.org', passwordHash: 'h', displayName: 'X', canCreateGroups: false });
    expect([first, second, byCli, notFirst].map((a) => a.canCreateGroups)).toEqual([true, false, true, false]);
  });

  it('counts and lists accounts oldest first, without password hashes', async () => {
    expect(await t.store.accounts.count()).toBe(0);
    expect(await t.store.accounts.list()).toEqual([]);
    const a = await t.store.accounts.create({ email: 'a@example.org', passwordHash: 'secret-hash-a', displayName: 'A' });
    t.clock.advance(1000);
    const b = await t.store.accounts.create({ email: 'b@example.org', passwordHash: 'secret-hash-b', displayName: 'B' });
    expect(await t.store.accounts.count()).toBe(2);
    const list = await t.store.accounts.list();
    expect(list.map((x) => [x.id, x.email, x.createdAt])).toEqual([
      [a.id, 'a@example.org', '2026-03-01T10:00:00.000Z'],
      [b.id, 'b@example.org', '2026-03-01T10:00:01.000Z'],
    ]);
    expect(JSON.stringify(list)).not.toContain('secret-hash');
    expect(list[0]).not.toHaveProperty('passwordHash');
  });

  it('sets a new password hash and stamps when it changed', async () => {
    const a = await t.store.accounts.create({ email: 'pw@example.org', passwordHash: 'old', displayName: 'P' });
    t.clock.advance(60_000);
    expect(await t.store.accounts.setPassword(a.id, 'new')).toBe(true);
    expect(await t.store.accounts.byId(a.id)).toEqual({ ...a, passwordHash: 'new', passwordChangedAt: '2026-03-01T10:01:00.000Z' });
    expect(await t.store.accounts.setPassword('00000000-0000-0000-0000-000000000000', 'x')).toBe(false);
  });
});
