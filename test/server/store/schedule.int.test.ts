// The scheduling tables (migration 0004) on SQLite and PostgreSQL: series stored whole and read
// back checked (a damaged row is reported, never fatal), concurrent edits, calendar feeds and
// availability one per membership, and nothing left behind when a membership or group goes.
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../../shared/schedule';
import { hashToken } from '../../../server/store/index';
import { migrateTo } from '../../../server/store/migrate';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';
import { makeAccount, makeGroup, makeGroupWithOrganiser, makeMember } from './fixtures';

const WEEKLY: Series = { zone: 'Europe/London', start: '2026-03-03T19:00', durationMinutes: 90, repeat: { freq: 'weekly', weekdays: [2] }, until: '2026-12-29' };

describe.each(TEST_DIALECTS)('scheduling store on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  async function setup() {
    const { owner, group, organiser } = await makeGroupWithOrganiser(t.store);
    return { owner, group, organiser, member: await makeMember(t.store, group.id, 'Quiet Fox') };
  }

  it('stores a whole series and reads it back as it was', async () => {
    const { group, organiser } = await setup();
    const schedule: Series = { ...WEEKLY, cancelled: ['2026-03-10T19:00'], moved: { '2026-03-17T19:00': { start: '2026-03-18T18:30', durationMinutes: 60 } } };
    const created = await t.store.series.create({ groupId: group.id, title: 'Carers’ circle', description: 'Bring tea', schedule, createdBy: organiser.id });
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      groupId: group.id,
      title: 'Carers’ circle',
      description: 'Bring tea',
      schedule,
      createdBy: organiser.id,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      endedAt: undefined,
    });
    expect(await t.store.series.byId(group.id, created.id)).toEqual(created);
    // Only within its own group.
    const other = await makeGroup(t.store, (await makeAccount(t.store)).id);
    expect(await t.store.series.byId(other.id, created.id)).toBeUndefined();
    expect(await t.store.series.listForGroup(group.id)).toEqual({ series: [created], damaged: [] });
    expect(await t.store.series.listForGroup(other.id)).toEqual({ series: [], damaged: [] });
  });

  it('lists a group’s series oldest first, and reports a damaged row by id instead of failing', async () => {
    const { group, organiser } = await setup();
    const first = await t.store.series.create({ groupId: group.id, title: 'First', description: '', schedule: WEEKLY, createdBy: organiser.id });
    t.clock.advance(1000);
    const broken = await t.store.series.create({ groupId: group.id, title: 'Broken', description: '', schedule: WEEKLY, createdBy: organiser.id });
    t.clock.advance(1000);
    const third = await t.store.series.create({ groupId: group.id, title: 'Third', description: '', schedule: { ...WEEKLY, until: undefined, count: 4 }, createdBy: organiser.id });
    t.clock.advance(1000);
    const wrongShape = await t.store.series.create({ groupId: group.id, title: 'Wrong shape', description: '', schedule: WEEKLY, createdBy: organiser.id });
    await t.handle.db.updateTable('series').set({ schedule: '{"zone":"Europe/London",' }).where('id', '=', broken.id).execute();
    await t.handle.db.updateTable('series').set({ schedule: JSON.stringify({ ...WEEKLY, durationMinutes: 'long' }) }).where('id', '=', wrongShape.id).execute();

    const list = await t.store.series.listForGroup(group.id);
    expect(list.series.map((s) => s.title)).toEqual(['First', 'Third']);
    expect(list.series[1]!.schedule).toEqual({ ...WEEKLY, until: undefined, count: 4 });
    expect(list.damaged.sort()).toEqual([broken.id, wrongShape.id].sort());
    expect(await t.store.series.byId(group.id, broken.id)).toBeUndefined();
    expect(await t.store.series.modify(group.id, broken.id, () => ({ title: 'x' }))).toBeUndefined();
    // A damaged row can still be deleted.
    expect(await t.store.series.remove(group.id, broken.id)).toBe(true);
    expect(await t.store.series.remove(group.id, broken.id)).toBe(false);
    expect((await t.store.series.listForGroup(group.id)).series.map((s) => s.id)).toEqual([first.id, third.id]);
  });

  it('modifies a series from its current state, and writes nothing when the change refuses', async () => {
    const { group, organiser } = await setup();
    const s = await t.store.series.create({ groupId: group.id, title: 'Circle', description: '', schedule: WEEKLY, createdBy: organiser.id });
    t.clock.advance(60_000);
    const cancelled = await t.store.series.modify(group.id, s.id, (cur) => ({ schedule: { ...cur.schedule, cancelled: ['2026-03-10T19:00'] } }));
    expect(cancelled).toMatchObject({ title: 'Circle', updatedAt: '2026-03-01T10:01:00.000Z', schedule: { cancelled: ['2026-03-10T19:00'] } });
    const refusal = new Error('refused');
    await expect(t.store.series.modify(group.id, s.id, () => { throw refusal; })).rejects.toBe(refusal);
    expect(await t.store.series.byId(group.id, s.id)).toEqual(cancelled);

    const ended = await t.store.series.modify(group.id, s.id, () => ({ endedAt: '2026-03-01T10:01:00.000Z' }));
    expect(ended?.endedAt).toBe('2026-03-01T10:01:00.000Z');
    const reopened = await t.store.series.modify(group.id, s.id, (cur) => ({ schedule: cur.schedule, endedAt: null }));
    expect(reopened?.endedAt).toBeUndefined();
  });

  it('loses no edit when two run at once: the later one is computed again from the newer schedule', async () => {
    const { group, organiser } = await setup();
    const s = await t.store.series.create({ groupId: group.id, title: 'Circle', description: '', schedule: WEEKLY, createdBy: organiser.id });
    const slots = ['2026-03-10T19:00', '2026-03-17T19:00', '2026-03-24T19:00', '2026-03-31T19:00'];
    let calls = 0;
    await Promise.all(
      slots.map((slot) =>
        t.store.series.modify(group.id, s.id, (cur) => {
          calls += 1;
          return { schedule: { ...cur.schedule, cancelled: [...(cur.schedule.cancelled ?? []), slot] } };
        }),
      ),
    );
    expect((await t.store.series.byId(group.id, s.id))?.schedule.cancelled).toEqual(slots);
    expect(calls).toBeGreaterThanOrEqual(slots.length);
  });

  it('keeps one calendar feed per membership: a new one replaces the old, and a token finds its group', async () => {
    const { group, member } = await setup();
    expect(await t.store.calendarFeeds.byMembership(member.id)).toBeUndefined();
    const first = await t.store.calendarFeeds.replace({ id: 'a0000000-0000-4000-8000-000000000001', membershipId: member.id, tokenHash: hashToken('first') });
    expect(first).toEqual({ id: 'a0000000-0000-4000-8000-000000000001', membershipId: member.id, createdAt: '2026-03-01T10:00:00.000Z' });
    expect(await t.store.calendarFeeds.byTokenHash(hashToken('first'))).toEqual({ feed: first, groupId: group.id });
    t.clock.advance(1000);
    const second = await t.store.calendarFeeds.replace({ id: 'a0000000-0000-4000-8000-000000000002', membershipId: member.id, tokenHash: hashToken('second') });
    expect(await t.store.calendarFeeds.byTokenHash(hashToken('first'))).toBeUndefined();
    expect(await t.store.calendarFeeds.byTokenHash(hashToken('second'))).toEqual({ feed: second, groupId: group.id });
    expect(await t.store.calendarFeeds.byMembership(member.id)).toEqual({ ...second, createdAt: '2026-03-01T10:00:01.000Z' });
    expect(await t.store.calendarFeeds.remove(member.id)).toBe(true);
    expect(await t.store.calendarFeeds.remove(member.id)).toBe(false);
    expect(await t.store.calendarFeeds.byTokenHash(hashToken('second'))).toBeUndefined();
  });

  it('keeps one availability per membership and lists a group’s in the order people joined, skipping damaged rows', async () => {
    const { group, organiser, member } = await setup();
    t.clock.advance(1000); // listed in the order they joined
    const later = await makeMember(t.store, group.id, 'Late Owl');
    const broken = await makeMember(t.store, group.id, 'Broken');
    await t.store.availability.set(later.id, { zone: 'America/New_York', weekly: [{ weekday: 3, from: '20:00', to: '23:00' }] });
    await t.store.availability.set(member.id, { zone: 'Asia/Kolkata', weekly: [{ weekday: 2, from: '09:00', to: '12:00' }] });
    t.clock.advance(1000);
    const mine = await t.store.availability.set(member.id, { zone: 'Asia/Kolkata', weekly: [{ weekday: 2, from: '22:00', to: '01:00' }] });
    expect(mine).toEqual({ membershipId: member.id, zone: 'Asia/Kolkata', weekly: [{ weekday: 2, from: '22:00', to: '01:00' }], updatedAt: '2026-03-01T10:00:02.000Z' });
    expect(await t.store.availability.byMembership(member.id)).toEqual(mine);
    expect(await t.store.availability.byMembership(organiser.id)).toBeUndefined();
    await t.store.availability.set(broken.id, { zone: 'Europe/London', weekly: [] });
    await t.handle.db.updateTable('availability').set({ weekly: '[{"weekday":9}]' }).where('membership_id', '=', broken.id).execute();

    const listed = await t.store.availability.listForGroup(group.id);
    expect(listed.people.map((p) => [p.pseudonym, p.zone])).toEqual([
      ['Quiet Fox', 'Asia/Kolkata'],
      ['Late Owl', 'America/New_York'],
    ]);
    expect(listed.damaged).toEqual([broken.id]);
    expect(await t.store.availability.remove(member.id)).toBe(true);
    expect(await t.store.availability.remove(member.id)).toBe(false);
  });

  it('leaves nothing behind when a membership goes: its feed and availability go, its series stay with the group', async () => {
    const { group, organiser, member } = await setup();
    const fac = await makeAccount(t.store);
    const staff = await t.store.memberships.addStaff({ groupId: group.id, accountId: fac.id, role: 'facilitator', pseudonym: 'Fran' });
    const s = await t.store.series.create({ groupId: group.id, title: 'Circle', description: '', schedule: WEEKLY, createdBy: staff.id });
    await t.store.calendarFeeds.replace({ id: 'b0000000-0000-4000-8000-000000000001', membershipId: member.id, tokenHash: hashToken('m') });
    await t.store.availability.set(member.id, { zone: 'Europe/London', weekly: [] });
    await t.store.calendarFeeds.replace({ id: 'b0000000-0000-4000-8000-000000000002', membershipId: organiser.id, tokenHash: hashToken('o') });

    expect(await t.store.memberships.remove(group.id, member.id)).toBe(true);
    expect(await t.store.memberships.remove(group.id, staff.id)).toBe(true);
    expect(await t.store.calendarFeeds.byTokenHash(hashToken('m'))).toBeUndefined();
    expect(await t.store.availability.byMembership(member.id)).toBeUndefined();
    expect(await t.store.series.byId(group.id, s.id)).toMatchObject({ title: 'Circle', createdBy: undefined });
    expect(await t.store.calendarFeeds.byTokenHash(hashToken('o'))).toMatchObject({ groupId: group.id });
  });

  it('deleting a group deletes its series, feeds and availability', async () => {
    const { group, organiser, member } = await setup();
    await t.store.series.create({ groupId: group.id, title: 'Circle', description: '', schedule: WEEKLY, createdBy: organiser.id });
    await t.store.calendarFeeds.replace({ id: 'c0000000-0000-4000-8000-000000000001', membershipId: member.id, tokenHash: hashToken('m') });
    await t.store.availability.set(member.id, { zone: 'Europe/London', weekly: [] });
    expect(await t.store.groups.delete(group.id)).toBe(true);
    const db = t.handle.db as unknown as Kysely<Record<string, { n: number }>>;
    for (const table of ['series', 'calendar_feeds', 'availability']) {
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
      expect(Number(rows[0]!.n), table).toBe(0);
    }
  });

  it('migrates down from 0004 to 0003 and up again, keeping the older tables’ data', async () => {
    const { group } = await setup();
    // 0005 (breakout plans) builds on the series table, so it goes first.
    expect(await migrateTo(t.handle.db, '0003_live_sessions')).toEqual(['-0006_breakout_plans_opened', '-0005_breakout_plans', '-0004_schedules']);
    expect(await t.store.groups.byId(group.id)).toMatchObject({ id: group.id });
    expect(await migrateTo(t.handle.db, '0004_schedules')).toEqual(['+0004_schedules']);
    expect(await t.store.series.listForGroup(group.id)).toEqual({ series: [], damaged: [] });
  });
});
