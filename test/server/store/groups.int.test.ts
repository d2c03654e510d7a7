import { describe, expect, it } from 'vitest';
import { hashToken, StoreConflict } from '../../../server/store/index';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';
import { GROUP_SETTINGS, makeAccount, makeGroup, makeMember, rejection } from './fixtures';

const NO_SUCH_ID = '00000000-0000-0000-0000-000000000000';

describe.each(TEST_DIALECTS)('groups on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  it('creates a group with its creator as organiser, in one step', async () => {
    const owner = await makeAccount(t.store, { displayName: 'Jo' });
    const group = await makeGroup(t.store, owner.id);
    expect(group).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ...GROUP_SETTINGS,
      createdAt: '2026-03-01T10:00:00.000Z',
      createdBy: owner.id,
    });
    expect(await t.store.groups.byId(group.id)).toEqual(group);
    const staff = await t.store.memberships.listForGroup(group.id);
    expect(staff).toEqual([
      {
        id: expect.any(String),
        groupId: group.id,
        accountId: owner.id,
        role: 'organiser',
        pseudonym: 'Jo',
        avatarColour: undefined,
        guidelinesAcceptedAt: undefined,
        createdAt: '2026-03-01T10:00:00.000Z',
      },
    ]);
  });

  it('uses the given organiser pseudonym instead of the display name', async () => {
    const owner = await makeAccount(t.store, { displayName: 'Josephine Real-Name' });
    const group = await makeGroup(t.store, owner.id, { organiserPseudonym: 'Host J' });
    expect((await t.store.memberships.byGroupAndAccount(group.id, owner.id))?.pseudonym).toBe('Host J');
  });

  it('returns undefined, and writes nothing, when the creator does not exist', async () => {
    expect(await t.store.groups.create({ ...GROUP_SETTINGS, createdBy: NO_SUCH_ID })).toBeUndefined();
    const someone = await makeAccount(t.store);
    expect(await t.store.groups.listForAccount(someone.id)).toEqual([]);
  });

  it('rolls the group back when a later write in the same transaction fails', async () => {
    const owner = await makeAccount(t.store);
    // A failure after create, inside the same transaction, must take the group away too.
    const before = await t.store.groups.listForAccount(owner.id);
    const err = await rejection(
      t.store.transaction(async (tx) => {
        const g = await tx.groups.create({ ...GROUP_SETTINGS, createdBy: owner.id, organiserPseudonym: 'Dup' });
        await tx.memberships.addMember({ groupId: g!.id, pseudonym: ' dup ', credentialHash: hashToken('c'), acceptedGuidelines: true });
      }),
    );
    expect(err).toBeInstanceOf(StoreConflict);
    expect(err).toMatchObject({ constraint: 'memberships_group_pseudonym_key' });
    expect(before).toEqual([]);
    expect(await t.store.groups.listForAccount(owner.id)).toEqual([]);
  });

  it('updates only the settings given', async () => {
    const owner = await makeAccount(t.store);
    const group = await makeGroup(t.store, owner.id);
    const updated = await t.store.groups.update(group.id, { name: 'Thursday circle', talkingStick: true, turnSeconds: 90, focus: 'grief' });
    expect(updated).toEqual({ ...group, name: 'Thursday circle', talkingStick: true, turnSeconds: 90, focus: 'grief' });
    expect(await t.store.groups.byId(group.id)).toEqual(updated);
    expect(await t.store.groups.update(group.id, {})).toEqual(updated);
    expect(await t.store.groups.update(NO_SUCH_ID, { name: 'x' })).toBeUndefined();
    expect(await t.store.groups.byId(NO_SUCH_ID)).toBeUndefined();
  });

  it('refuses a focus outside the list (a CHECK constraint, not only the type)', async () => {
    const owner = await makeAccount(t.store);
    const group = await makeGroup(t.store, owner.id);
    const err = await rejection(t.store.groups.update(group.id, { focus: 'astrology' as never }));
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(StoreConflict);
    expect((await t.store.groups.byId(group.id))?.focus).toBe('parenting');
  });

  it('lists the groups an account is staff in, with its role', async () => {
    const jo = await makeAccount(t.store, { displayName: 'Jo' });
    const kai = await makeAccount(t.store, { displayName: 'Kai' });
    const first = await makeGroup(t.store, jo.id, { name: 'First' });
    t.clock.advance(1000);
    const second = await makeGroup(t.store, kai.id, { name: 'Second' });
    const kaiInFirst = await t.store.memberships.addStaff({ groupId: first.id, accountId: kai.id, role: 'co_facilitator', pseudonym: 'Kai' });
    await makeMember(t.store, first.id, 'Anon');

    const forKai = await t.store.groups.listForAccount(kai.id);
    expect(forKai.map((g) => [g.name, g.role, g.membershipId])).toEqual([
      ['First', 'co_facilitator', kaiInFirst.id],
      ['Second', 'organiser', expect.any(String)],
    ]);
    expect(forKai[1]).toMatchObject({ ...second });
    expect((await t.store.groups.listForAccount(jo.id)).map((g) => [g.name, g.role])).toEqual([['First', 'organiser']]);
  });

  it('deleting a group removes its memberships and invites with it', async () => {
    const owner = await makeAccount(t.store);
    const doomed = await makeGroup(t.store, owner.id, { name: 'Doomed' });
    const kept = await makeGroup(t.store, owner.id, { name: 'Kept' });
    t.clock.advance(1000); // members list in joining order; a tie would fall back to random ids
    const member = await makeMember(t.store, doomed.id, 'Leaf', 'leaf-credential');
    await makeMember(t.store, kept.id, 'Leaf');
    await t.store.invites.create({ groupId: doomed.id, tokenHash: hashToken('inv-doomed'), role: 'member', createdBy: owner.id, ttlMs: 60_000 });
    await t.store.invites.create({ groupId: kept.id, tokenHash: hashToken('inv-kept'), role: 'member', createdBy: owner.id, ttlMs: 60_000 });

    expect(await t.store.groups.delete(doomed.id)).toBe(true);
    expect(await t.store.groups.delete(doomed.id)).toBe(false);
    expect(await t.store.groups.byId(doomed.id)).toBeUndefined();
    expect(await t.store.memberships.listForGroup(doomed.id)).toEqual([]);
    expect(await t.store.memberships.byCredentialHash(hashToken('leaf-credential'))).toBeUndefined();
    expect(member.groupId).toBe(doomed.id);
    expect(await t.store.invites.listForGroup(doomed.id)).toEqual([]);
    expect(await t.store.invites.byTokenHash(hashToken('inv-doomed'))).toBeUndefined();

    expect((await t.store.memberships.listForGroup(kept.id)).map((m) => m.pseudonym)).toEqual([owner.displayName, 'Leaf']);
    expect(await t.store.invites.byTokenHash(hashToken('inv-kept'))).toMatchObject({ groupId: kept.id });
    expect((await t.store.groups.listForAccount(owner.id)).map((g) => g.name)).toEqual(['Kept']);
  });
});
