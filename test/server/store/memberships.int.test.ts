import { describe, expect, it } from 'vitest';
import { hashToken, StoreConflict } from '../../../server/store/index';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';
import { makeAccount, makeGroup, makeMember, rejection } from './fixtures';

describe.each(TEST_DIALECTS)('memberships on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  async function groupWithOwner() {
    const owner = await makeAccount(t.store, { displayName: 'Owner' });
    return { owner, group: await makeGroup(t.store, owner.id) };
  }

  it('adds a pseudonymous member with a credential hash and the time guidelines were accepted', async () => {
    const { group } = await groupWithOwner();
    t.clock.advance(5000);
    const credentialHash = hashToken('long-random-credential');
    const member = await t.store.memberships.addMember({ groupId: group.id, pseudonym: 'Quiet Fox', credentialHash, avatarColour: '#aa5500', acceptedGuidelines: true });
    expect(member).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      groupId: group.id,
      accountId: undefined,
      role: 'member',
      pseudonym: 'Quiet Fox',
      avatarColour: '#aa5500',
      guidelinesAcceptedAt: '2026-03-01T10:00:05.000Z',
      createdAt: '2026-03-01T10:00:05.000Z',
    });
    expect(await t.store.memberships.byCredentialHash(credentialHash)).toEqual(member);
    expect(await t.store.memberships.byId(member.id)).toEqual(member);
    expect(await t.store.memberships.byId('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(await t.store.memberships.byCredentialHash(hashToken('wrong credential'))).toBeUndefined();
    const notYet = await t.store.memberships.addMember({ groupId: group.id, pseudonym: 'Later', credentialHash: hashToken('c2'), acceptedGuidelines: false });
    expect(notYet.guidelinesAcceptedAt).toBeUndefined();
    expect(notYet.avatarColour).toBeUndefined();
  });

  it('adds staff by account and finds them by group and account', async () => {
    const { owner, group } = await groupWithOwner();
    const fac = await makeAccount(t.store, { displayName: 'Fran' });
    const staff = await t.store.memberships.addStaff({ groupId: group.id, accountId: fac.id, role: 'facilitator', pseudonym: 'Fran' });
    expect(staff).toMatchObject({ groupId: group.id, accountId: fac.id, role: 'facilitator', pseudonym: 'Fran', guidelinesAcceptedAt: undefined });
    expect(await t.store.memberships.byGroupAndAccount(group.id, fac.id)).toEqual(staff);
    expect(await t.store.memberships.byGroupAndAccount(group.id, owner.id)).toMatchObject({ role: 'organiser' });
    const other = await makeGroup(t.store, owner.id);
    expect(await t.store.memberships.byGroupAndAccount(other.id, fac.id)).toBeUndefined();
  });

  it('refuses the same account twice in a group', async () => {
    const { owner, group } = await groupWithOwner();
    const err = await rejection(t.store.memberships.addStaff({ groupId: group.id, accountId: owner.id, role: 'facilitator', pseudonym: 'Second hat' }));
    expect(err).toBeInstanceOf(StoreConflict);
    expect(err).toMatchObject({ constraint: 'memberships_group_account_key' });
  });

  it.each([
    ['different case', 'Quiet Fox', 'quiet fox'],
    ['surrounding and inner spacing', 'Quiet Fox', '  Quiet    Fox '],
    ['full-width letters (NFKC)', 'Quiet Fox', 'Ｑｕｉｅｔ Ｆｏｘ'],
    ['a staff name', 'Owner', 'OWNER'],
  ])('refuses a pseudonym already in the group with %s', async (_label, first, second) => {
    const { group } = await groupWithOwner();
    if (first !== 'Owner') await makeMember(t.store, group.id, first);
    expect(await t.store.memberships.isPseudonymTaken(group.id, second)).toBe(true);
    const err = await rejection(makeMember(t.store, group.id, second));
    expect(err).toBeInstanceOf(StoreConflict);
    expect(err).toMatchObject({ constraint: 'memberships_group_pseudonym_key' });
    expect((await t.store.memberships.listForGroup(group.id)).length).toBe(first === 'Owner' ? 1 : 2);
  });

  it('allows the same pseudonym in two groups', async () => {
    const { owner, group } = await groupWithOwner();
    const other = await makeGroup(t.store, owner.id);
    const a = await makeMember(t.store, group.id, 'River');
    const b = await makeMember(t.store, other.id, 'river');
    expect([a.groupId, b.groupId]).toEqual([group.id, other.id]);
    expect(await t.store.memberships.isPseudonymTaken(group.id, 'RIVER')).toBe(true);
    expect(await t.store.memberships.isPseudonymTaken(group.id, 'Rivers')).toBe(false);
  });

  it('refuses a credential hash already used by any membership', async () => {
    const { owner, group } = await groupWithOwner();
    const other = await makeGroup(t.store, owner.id);
    await makeMember(t.store, group.id, 'One', 'shared-credential');
    const err = await rejection(makeMember(t.store, other.id, 'Two', 'shared-credential'));
    expect(err).toBeInstanceOf(StoreConflict);
    expect(err).toMatchObject({ constraint: 'memberships_credential_hash_key' });
  });

  it('lists a group in joining order and removes only within the named group', async () => {
    const { owner, group } = await groupWithOwner();
    const other = await makeGroup(t.store, owner.id);
    t.clock.advance(1000);
    const b = await makeMember(t.store, group.id, 'Bee');
    t.clock.advance(1000);
    const c = await makeMember(t.store, group.id, 'Cee');
    expect((await t.store.memberships.listForGroup(group.id)).map((m) => m.pseudonym)).toEqual(['Owner', 'Bee', 'Cee']);

    expect(await t.store.memberships.remove(other.id, b.id)).toBe(false);
    expect(await t.store.memberships.remove(group.id, b.id)).toBe(true);
    expect(await t.store.memberships.remove(group.id, b.id)).toBe(false);
    expect((await t.store.memberships.listForGroup(group.id)).map((m) => m.id)).toEqual([expect.any(String), c.id]);
    // the name is free again
    expect(await t.store.memberships.isPseudonymTaken(group.id, 'bee')).toBe(false);
  });

  it('changes a role only within the named group', async () => {
    const { owner, group } = await groupWithOwner();
    const other = await makeGroup(t.store, owner.id);
    const m = await makeMember(t.store, group.id, 'Peer');
    expect(await t.store.memberships.setRole(other.id, m.id, 'co_facilitator')).toBeUndefined();
    expect(await t.store.memberships.setRole(group.id, m.id, 'co_facilitator')).toEqual({ ...m, role: 'co_facilitator' });
    expect((await t.store.memberships.listForGroup(group.id)).find((x) => x.id === m.id)?.role).toBe('co_facilitator');
  });
});
