// Breakout plans (migrations 0005 and 0006) on SQLite and PostgreSQL: one per occurrence, saved whole and
// replaced, read back checked (a damaged row is reported by id, never fatal), and gone with their
// series and with their group.
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../../shared/schedule';
import type { BreakoutPlanInput } from '../../../server/store/index';
import { migrateTo } from '../../../server/store/migrate';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';
import { makeGroupWithOrganiser, makeMember } from './fixtures';

const WEEKLY: Series = { zone: 'Europe/London', start: '2026-03-03T19:00', durationMinutes: 90, repeat: { freq: 'weekly', weekdays: [2] } };
const SLOT = '2026-03-10T19:00';

describe.each(TEST_DIALECTS)('breakout plans store on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  async function setup() {
    const { group, organiser } = await makeGroupWithOrganiser(t.store);
    const ana = await makeMember(t.store, group.id, 'Ana');
    const ben = await makeMember(t.store, group.id, 'Ben');
    const series = await t.store.series.create({ groupId: group.id, title: 'Circle', description: '', schedule: WEEKLY, createdBy: organiser.id });
    const plan: BreakoutPlanInput = {
      rooms: [{ name: 'Pairs' }, { topic: 'Sleep' }],
      assignment: { [ana.id]: 0, [ben.id]: 1 },
      keepApart: [[ana.id, ben.id]],
      durationMinutes: 20,
      allowReturn: false,
    };
    return { group, organiser, ana, ben, series, plan };
  }

  it('saves a plan for one occurrence and reads it back as it was', async () => {
    const { series, plan } = await setup();
    expect(await t.store.breakoutPlans.bySlot(series.id, SLOT)).toEqual({ plan: undefined, damaged: undefined });
    const saved = await t.store.breakoutPlans.save(series.id, SLOT, plan);
    expect(saved).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), seriesId: series.id, slot: SLOT, updatedAt: '2026-03-01T10:00:00.000Z', openedAt: null, ...plan });
    expect(await t.store.breakoutPlans.bySlot(series.id, SLOT)).toEqual({ plan: saved, damaged: undefined });
    // Another occurrence of the same series has no plan.
    expect((await t.store.breakoutPlans.bySlot(series.id, '2026-03-17T19:00')).plan).toBeUndefined();
  });

  it('replaces the plan of an occurrence on a second save, keeping its id', async () => {
    const { series, plan, ana } = await setup();
    const first = await t.store.breakoutPlans.save(series.id, SLOT, plan);
    t.clock.advance(60_000);
    const second = await t.store.breakoutPlans.save(series.id, SLOT, { rooms: [{}], assignment: { [ana.id]: 0 }, keepApart: [], durationMinutes: null, allowReturn: true });
    expect(second).toEqual({
      id: first.id, seriesId: series.id, slot: SLOT, updatedAt: '2026-03-01T10:01:00.000Z', openedAt: null,
      rooms: [{}], assignment: { [ana.id]: 0 }, keepApart: [], durationMinutes: null, allowReturn: true,
    });
    const { rows } = await sql<{ n: number }>`select count(*) as n from breakout_plans`.execute(t.handle.db);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('stores no empty room names or topics: the session names such a room "Circle n"', async () => {
    const { series, plan } = await setup();
    const saved = await t.store.breakoutPlans.save(series.id, SLOT, { ...plan, rooms: [{ name: '', topic: '' }, { name: 'Walk', topic: '' }] });
    expect(saved.rooms).toEqual([{}, { name: 'Walk' }]);
    const row = await t.handle.db.selectFrom('breakout_plans').select('plan').executeTakeFirstOrThrow();
    expect(JSON.parse(row.plan).rooms).toEqual([{}, { name: 'Walk' }]);
  });

  it('reports a damaged row by id instead of failing, and can still remove it', async () => {
    const { series, plan } = await setup();
    const broken = await t.store.breakoutPlans.save(series.id, SLOT, plan);
    const wrongShape = await t.store.breakoutPlans.save(series.id, '2026-03-17T19:00', plan);
    await t.handle.db.updateTable('breakout_plans').set({ plan: '{"rooms":[' }).where('id', '=', broken.id).execute();
    await t.handle.db.updateTable('breakout_plans').set({ plan: JSON.stringify({ ...plan, rooms: [] }) }).where('id', '=', wrongShape.id).execute();
    expect(await t.store.breakoutPlans.bySlot(series.id, SLOT)).toEqual({ plan: undefined, damaged: broken.id });
    expect(await t.store.breakoutPlans.bySlot(series.id, '2026-03-17T19:00')).toEqual({ plan: undefined, damaged: wrongShape.id });
    expect(await t.store.breakoutPlans.remove(series.id, SLOT)).toBe(true);
    expect(await t.store.breakoutPlans.remove(series.id, SLOT)).toBe(false);
    expect(await t.store.breakoutPlans.bySlot(series.id, SLOT)).toEqual({ plan: undefined, damaged: undefined });
  });

  it('keeps a plan when a member in it leaves (the API leaves them out), and drops plans with their series and group', async () => {
    const { group, series, plan, ana, organiser } = await setup();
    const other = await t.store.series.create({ groupId: group.id, title: 'Other', description: '', schedule: WEEKLY, createdBy: organiser.id });
    await t.store.breakoutPlans.save(series.id, SLOT, plan);
    await t.store.breakoutPlans.save(other.id, SLOT, plan);

    expect(await t.store.memberships.remove(group.id, ana.id)).toBe(true);
    expect((await t.store.breakoutPlans.bySlot(series.id, SLOT)).plan?.assignment).toEqual(plan.assignment);

    expect(await t.store.series.remove(group.id, series.id)).toBe(true);
    expect(await t.store.breakoutPlans.bySlot(series.id, SLOT)).toEqual({ plan: undefined, damaged: undefined });
    expect((await t.store.breakoutPlans.bySlot(other.id, SLOT)).plan).toBeDefined();

    expect(await t.store.groups.delete(group.id)).toBe(true);
    const db = t.handle.db as unknown as Kysely<Record<string, { n: number }>>;
    const { rows } = await sql<{ n: number }>`select count(*) as n from breakout_plans`.execute(db);
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('records the first opening of an occurrence\'s breakouts; a new save clears it', async () => {
    const { series, plan } = await setup();
    expect(await t.store.breakoutPlans.markOpened(series.id, SLOT)).toBe(false); // no plan yet
    await t.store.breakoutPlans.save(series.id, SLOT, plan);
    t.clock.advance(5 * 60_000);
    expect(await t.store.breakoutPlans.markOpened(series.id, SLOT)).toBe(true);
    t.clock.advance(60_000);
    expect(await t.store.breakoutPlans.markOpened(series.id, SLOT)).toBe(false); // the first time counts
    expect((await t.store.breakoutPlans.bySlot(series.id, SLOT)).plan?.openedAt).toBe('2026-03-01T10:05:00.000Z');
    expect((await t.store.breakoutPlans.bySlot(series.id, '2026-03-17T19:00')).plan).toBeUndefined();
    await t.store.breakoutPlans.save(series.id, SLOT, plan);
    expect((await t.store.breakoutPlans.bySlot(series.id, SLOT)).plan?.openedAt).toBeNull();
  });

  it('migrates 0006 down and up, keeping the plans; then 0005 down to 0004 and up again, keeping the series', async () => {
    const { group, series, plan } = await setup();
    await t.store.breakoutPlans.save(series.id, SLOT, plan);
    await t.store.breakoutPlans.markOpened(series.id, SLOT);
    expect(await migrateTo(t.handle.db, '0005_breakout_plans')).toEqual(['-0006_breakout_plans_opened']);
    expect(await migrateTo(t.handle.db, '0006_breakout_plans_opened')).toEqual(['+0006_breakout_plans_opened']);
    expect((await t.store.breakoutPlans.bySlot(series.id, SLOT)).plan).toMatchObject({ ...plan, openedAt: null });
    expect(await migrateTo(t.handle.db, '0004_schedules')).toEqual(['-0006_breakout_plans_opened', '-0005_breakout_plans']);
    expect((await t.store.series.listForGroup(group.id)).series.map((s) => s.id)).toEqual([series.id]);
    expect(await migrateTo(t.handle.db, '0006_breakout_plans_opened')).toEqual(['+0005_breakout_plans', '+0006_breakout_plans_opened']);
    expect(await t.store.breakoutPlans.bySlot(series.id, SLOT)).toEqual({ plan: undefined, damaged: undefined });
  });
});
