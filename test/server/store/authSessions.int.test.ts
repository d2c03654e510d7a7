import { describe, expect, it } from 'vitest';
import { hashToken, StoreConflict } from '../../../server/store/index';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';
import { makeAccount, rejection } from './fixtures';

const HOUR = 3_600_000;

describe.each(TEST_DIALECTS)('auth sessions on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  it('creates a session that is found until it expires, and not after', async () => {
    const account = await makeAccount(t.store);
    const idHash = hashToken('cookie-token-1');
    const session = await t.store.authSessions.create({ idHash, accountId: account.id, ttlMs: 2 * HOUR });
    expect(session).toEqual({
      idHash,
      accountId: account.id,
      createdAt: '2026-03-01T10:00:00.000Z',
      expiresAt: '2026-03-01T12:00:00.000Z',
      lastSeenAt: '2026-03-01T10:00:00.000Z',
    });
    expect(await t.store.authSessions.find(idHash)).toEqual(session);
    t.clock.advance(2 * HOUR - 1);
    expect(await t.store.authSessions.find(idHash)).toEqual(session);
    t.clock.advance(1);
    expect(await t.store.authSessions.find(idHash)).toBeUndefined();
    expect(await t.store.authSessions.find(hashToken('never issued'))).toBeUndefined();
  });

  it('rejects a repeated id hash as StoreConflict on the primary key', async () => {
    const account = await makeAccount(t.store);
    await t.store.authSessions.create({ idHash: 'same', accountId: account.id, ttlMs: HOUR });
    const err = await rejection(t.store.authSessions.create({ idHash: 'same', accountId: account.id, ttlMs: HOUR }));
    expect(err).toBeInstanceOf(StoreConflict);
    expect(err).toMatchObject({ constraint: 'auth_sessions_pkey' });
  });

  it('touch records activity, slides the expiry when asked, and cannot revive an expired session', async () => {
    const account = await makeAccount(t.store);
    await t.store.authSessions.create({ idHash: 's1', accountId: account.id, ttlMs: HOUR });
    t.clock.advance(10 * 60_000);
    expect(await t.store.authSessions.touch('s1')).toMatchObject({ lastSeenAt: '2026-03-01T10:10:00.000Z', expiresAt: '2026-03-01T11:00:00.000Z' });
    t.clock.advance(40 * 60_000);
    expect(await t.store.authSessions.touch('s1', { ttlMs: HOUR })).toMatchObject({
      lastSeenAt: '2026-03-01T10:50:00.000Z',
      expiresAt: '2026-03-01T11:50:00.000Z',
    });
    t.clock.advance(HOUR);
    expect(await t.store.authSessions.touch('s1', { ttlMs: HOUR })).toBeUndefined();
    expect(await t.store.authSessions.find('s1')).toBeUndefined();
    expect(await t.store.authSessions.touch('missing')).toBeUndefined();
  });

  it('deletes one session, or all of an account except one', async () => {
    const a = await makeAccount(t.store);
    const b = await makeAccount(t.store);
    for (const id of ['a1', 'a2', 'a3']) await t.store.authSessions.create({ idHash: id, accountId: a.id, ttlMs: HOUR });
    await t.store.authSessions.create({ idHash: 'b1', accountId: b.id, ttlMs: HOUR });

    expect(await t.store.authSessions.delete('a1')).toBe(true);
    expect(await t.store.authSessions.delete('a1')).toBe(false);
    expect(await t.store.authSessions.find('a1')).toBeUndefined();

    expect(await t.store.authSessions.deleteForAccount(a.id, { except: 'a3' })).toBe(1);
    expect(await t.store.authSessions.find('a2')).toBeUndefined();
    expect(await t.store.authSessions.find('a3')).toBeDefined();
    expect(await t.store.authSessions.deleteForAccount(a.id)).toBe(1);
    expect(await t.store.authSessions.find('a3')).toBeUndefined();
    expect(await t.store.authSessions.find('b1')).toMatchObject({ accountId: b.id });
  });

  it('purges exactly the expired sessions', async () => {
    const a = await makeAccount(t.store);
    await t.store.authSessions.create({ idHash: 'short', accountId: a.id, ttlMs: HOUR });
    await t.store.authSessions.create({ idHash: 'exact', accountId: a.id, ttlMs: 2 * HOUR });
    await t.store.authSessions.create({ idHash: 'long', accountId: a.id, ttlMs: 3 * HOUR });
    t.clock.advance(2 * HOUR);
    expect(await t.store.authSessions.purgeExpired()).toBe(2);
    expect(await t.store.authSessions.purgeExpired()).toBe(0);
    expect(await t.store.authSessions.find('long')).toMatchObject({ idHash: 'long' });
    t.clock.advance(-2 * HOUR); // had they survived, these two would be live again
    expect(await t.store.authSessions.find('short')).toBeUndefined();
    expect(await t.store.authSessions.find('exact')).toBeUndefined();
  });
});
