// Breakouts planned for one occurrence, over real HTTP on SQLite and PostgreSQL, with the server's
// clock in the test's hand: who may read and write, validation beyond the body's shape (people of
// this group, rooms of this plan, a slot of this series, not cancelled, not over), replacing and
// dropping, and what the plan shows once someone in it has left the group.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BreakoutPlanBody } from '../../../shared/api';
import { createLogger } from '../../../server/log';
import { openDatabase } from '../../../server/store/db';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { logSink } from '../../helpers/logSink';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createInvite, createSeries, joinAsMember, joinAsNewStaff, setUpOrganiser } from '../../helpers/api';

// Tuesdays 19:00 London from 3 March 2026 (GMT until the 29th: 19:00Z). "Now" is Friday the 20th.
const START = '2026-03-03T19:00';
const NEXT = '2026-03-24T19:00';
const PAST = '2026-03-17T19:00';

describe.each(TEST_DIALECTS)('breakout plans API on %s', (dialect) => {
  let server: TestServer;
  const clock = testClock(Date.parse('2026-03-20T12:00:00.000Z'));
  const setNow = (iso: string) => clock.advance(Date.parse(iso) - clock.now());
  const { lines, stream } = logSink();
  let organiser: Browser;

  // A server per test: each builds a whole group through invites, and the per-client attempt
  // limits (on the test's clock, which tests move back and forth) would run dry across tests.
  beforeEach(async () => {
    setNow('2026-03-20T12:00:00.000Z');
    server = await startTestServer({}, { database: dialect, now: clock.now, logger: createLogger('info', stream) });
    organiser = await setUpOrganiser(server.url);
  });
  afterEach(async () => {
    await server?.close();
  });

  /** A group with a facilitator, a co-facilitator, three members and a weekly series; plus a member of another group. */
  async function world() {
    setNow('2026-03-20T12:00:00.000Z');
    const group = await createGroup(organiser);
    const groupId = group.id;
    const staff = async (role: 'facilitator' | 'co_facilitator', name: string) =>
      (await joinAsNewStaff(server.url, (await createInvite(organiser, groupId, role)).token, name)).browser;
    const facilitator = await staff('facilitator', 'Fern');
    const coFacilitator = await staff('co_facilitator', 'Cody');
    const invite = (await createInvite(organiser, groupId)).token;
    const member = async (name: string) => {
      const browser = new Browser(server.url);
      const joined = await joinAsMember(browser, invite, name);
      return { browser, id: joined.group.myMembershipId };
    };
    const ana = await member('Ana');
    const ben = await member('Ben');
    const cy = await member('Cy');
    const elsewhere = await createGroup(organiser, { name: 'Elsewhere' });
    const outsider = new Browser(server.url);
    const stranger = await joinAsMember(outsider, (await createInvite(organiser, elsewhere.id)).token, 'Dee');
    const series = await createSeries(organiser, groupId, START, {}, 'Tuesday circle');
    const at = (slot: string) => ({ groupId, seriesId: series.id, slot });
    return { groupId, series, facilitator, coFacilitator, ana, ben, cy, outsider, strangerId: stranger.group.myMembershipId, at };
  }

  it('is saved by a facilitator, read by every staff role, and neither read nor written by members or outsiders', async () => {
    const w = await world();
    const body: BreakoutPlanBody = {
      rooms: [{ name: 'Pairs', topic: 'What helped this week' }, {}],
      assignment: { [w.ana.id]: 0, [w.ben.id]: 1 },
      keepApart: [[w.ana.id, w.cy.id]],
      durationMinutes: 15,
      allowReturn: false,
    };
    setNow('2026-03-20T12:34:56.000Z');
    const saved = await w.facilitator.ok('saveBreakoutPlan', { params: w.at(NEXT), body });
    const view = {
      seriesId: w.series.id,
      slot: NEXT,
      rooms: [{ name: 'Pairs', topic: 'What helped this week' }, { name: '', topic: '' }],
      assignment: { [w.ana.id]: 0, [w.ben.id]: 1 },
      keepApart: [[w.ana.id, w.cy.id]],
      durationMinutes: 15,
      allowReturn: false,
      updatedAt: '2026-03-20T12:34:56.000Z',
    };
    expect(saved).toEqual(view);
    for (const staff of [organiser, w.facilitator, w.coFacilitator]) {
      expect(await staff.ok('getBreakoutPlan', { params: w.at(NEXT) })).toEqual({ plan: view });
    }
    // Another occurrence has none.
    expect(await w.coFacilitator.ok('getBreakoutPlan', { params: w.at('2026-03-31T19:00') })).toEqual({ plan: null });

    const refusals: Array<[string, Browser, 'getBreakoutPlan' | 'saveBreakoutPlan' | 'deleteBreakoutPlan', number]> = [
      ['co-facilitator saves', w.coFacilitator, 'saveBreakoutPlan', 403],
      ['co-facilitator deletes', w.coFacilitator, 'deleteBreakoutPlan', 403],
      ['member reads', w.ana.browser, 'getBreakoutPlan', 403],
      ['member saves', w.ana.browser, 'saveBreakoutPlan', 403],
      ['outsider reads', w.outsider, 'getBreakoutPlan', 404],
      ['outsider deletes', w.outsider, 'deleteBreakoutPlan', 404],
      ['nobody reads', new Browser(server.url), 'getBreakoutPlan', 401],
    ];
    for (const [what, browser, route, status] of refusals) {
      const res = await browser.call(route, { params: w.at(NEXT), body: route === 'saveBreakoutPlan' ? { ...body, rooms: [{}] } : undefined });
      expect(res.status, what).toBe(status);
    }
    expect(await organiser.ok('getBreakoutPlan', { params: w.at(NEXT) })).toEqual({ plan: view });
    // The log names the plan's series, never its rooms, topics or who goes where.
    const savedLines = lines.filter((l) => l.includes('breakout plan saved'));
    expect(savedLines.length).toBeGreaterThan(0);
    expect(savedLines.every((l) => l.includes(w.series.id) && ![w.ana.id, w.ben.id, w.cy.id].some((id) => l.includes(id)))).toBe(true);
    for (const secret of ['Pairs', 'What helped this week']) expect(lines.join('\n')).not.toContain(secret);
  });

  it('lists the plans of every session not yet over in one answer, for staff only, and drops each as its session ends', async () => {
    const w = await world();
    const later = '2026-03-31T19:00';
    const other = await createSeries(organiser, w.groupId, '2026-03-05T12:00', {}, 'Thursday lunch');
    const plan = (rooms: number) => ({ rooms: Array.from({ length: rooms }, () => ({})), assignment: { [w.ana.id]: 0 }, durationMinutes: null });
    await w.facilitator.ok('saveBreakoutPlan', { params: w.at(NEXT), body: plan(2) });
    await w.facilitator.ok('saveBreakoutPlan', { params: w.at(later), body: plan(3) });
    await organiser.ok('saveBreakoutPlan', { params: { groupId: w.groupId, seriesId: other.id, slot: '2026-03-26T12:00' }, body: plan(1) });
    // Another group's plan never shows here.
    const elsewhere = await createGroup(organiser, { name: 'Elsewhere too' });
    const theirs = await createSeries(organiser, elsewhere.id, START);
    await organiser.ok('saveBreakoutPlan', { params: { groupId: elsewhere.id, seriesId: theirs.id, slot: NEXT }, body: { rooms: [{}], assignment: {}, durationMinutes: null } });

    const listed = await w.coFacilitator.ok('listBreakoutPlans', { params: { groupId: w.groupId } });
    const keys = (l: typeof listed) => l.plans.map((p) => [p.seriesId === w.series.id ? 'tuesday' : p.seriesId === other.id ? 'thursday' : 'other', p.slot, p.rooms.length]).sort();
    expect(keys(listed)).toEqual([
      ['thursday', '2026-03-26T12:00', 1],
      ['tuesday', NEXT, 2],
      ['tuesday', later, 3],
    ]);
    expect(listed.plans.find((p) => p.slot === NEXT)).toEqual((await organiser.ok('getBreakoutPlan', { params: w.at(NEXT) })).plan);
    for (const [browser, status] of [[w.ana.browser, 403], [w.outsider, 404], [new Browser(server.url), 401]] as const) {
      expect((await browser.call('listBreakoutPlans', { params: { groupId: w.groupId } })).status).toBe(status);
    }
    // 24 March, 20:01 London (still GMT): the 19:00 session (60 minutes) is over; the others are not.
    setNow('2026-03-24T20:01:00.000Z');
    expect(keys(await organiser.ok('listBreakoutPlans', { params: { groupId: w.groupId } }))).toEqual([
      ['thursday', '2026-03-26T12:00', 1],
      ['tuesday', later, 3],
    ]);
  });

  it('replaces on a second save, and is dropped by a delete that is done either way', async () => {
    const w = await world();
    await w.facilitator.ok('saveBreakoutPlan', { params: w.at(NEXT), body: { rooms: [{}, {}], assignment: { [w.ana.id]: 1 }, durationMinutes: null } });
    setNow('2026-03-21T08:00:00.000Z');
    const replaced = await organiser.ok('saveBreakoutPlan', { params: w.at(NEXT), body: { rooms: [{ name: 'All' }], assignment: { [w.cy.id]: 0 }, durationMinutes: 30 } });
    expect(replaced).toMatchObject({ rooms: [{ name: 'All', topic: '' }], assignment: { [w.cy.id]: 0 }, keepApart: [], durationMinutes: 30, allowReturn: true, updatedAt: '2026-03-21T08:00:00.000Z' });
    expect((await organiser.ok('getBreakoutPlan', { params: w.at(NEXT) })).plan).toEqual(replaced);

    expect((await w.facilitator.call('deleteBreakoutPlan', { params: w.at(NEXT) })).status).toBe(204);
    expect(await organiser.ok('getBreakoutPlan', { params: w.at(NEXT) })).toEqual({ plan: null });
    expect((await w.facilitator.call('deleteBreakoutPlan', { params: w.at(NEXT) })).status).toBe(204);
    // Not in a series of this group: not found.
    const res = await w.facilitator.call('deleteBreakoutPlan', { params: { ...w.at(NEXT), seriesId: randomUUID() } });
    expect([res.status, res.body.error?.code]).toEqual([404, 'not_found']);
  });

  it('refuses people who are not in this group, rooms the plan lacks and a pair of one person, naming the field, and stores nothing', async () => {
    const w = await world();
    const base = { rooms: [{}, {}], assignment: {}, keepApart: [], durationMinutes: null };
    const cases: Array<[string, Record<string, unknown>, Record<string, string>]> = [
      ['an unknown membership', { assignment: { [randomUUID()]: 0 } }, { assignment: 'someone assigned is not a member of this group (any more)' }],
      ['a member of another group', { assignment: { [w.ana.id]: 0, [w.strangerId]: 1 } }, { assignment: 'someone assigned is not a member of this group (any more)' }],
      ['a room beyond the plan', { assignment: { [w.ana.id]: 2 } }, { assignment: 'someone is assigned to a room beyond the 2 planned' }],
      ['a pair of one person', { keepApart: [[w.ben.id, w.ben.id]] }, { keepApart: 'a keep-apart pair needs two different people' }],
      ['a pair with a stranger', { keepApart: [[w.ben.id, w.strangerId]] }, { keepApart: 'someone in a keep-apart pair is not a member of this group (any more)' }],
      ['both at once', { assignment: { [w.strangerId]: 0 }, keepApart: [[w.ana.id, w.ana.id]] }, {
        assignment: 'someone assigned is not a member of this group (any more)',
        keepApart: 'a keep-apart pair needs two different people',
      }],
    ];
    for (const [what, over, fields] of cases) {
      const res = await w.facilitator.call('saveBreakoutPlan', { params: w.at(NEXT), body: { ...base, ...over } });
      expect([res.status, res.body.error?.code, res.body.error?.fields], what).toEqual([400, 'invalid_payload', fields]);
    }
    // The body's shape is zod's: the field is named too.
    const shape = await w.facilitator.call('saveBreakoutPlan', { params: w.at(NEXT), body: { ...base, rooms: [], durationMinutes: 0 } });
    expect([shape.status, Object.keys(shape.body.error?.fields ?? {}).sort()]).toEqual([400, ['durationMinutes', 'rooms']]);
    expect(await organiser.ok('getBreakoutPlan', { params: w.at(NEXT) })).toEqual({ plan: null });
  });

  it('plans only an occurrence of the series that is not cancelled and not over, judged by where it has been moved', async () => {
    const w = await world();
    const body = { rooms: [{}], assignment: { [w.ana.id]: 0 }, durationMinutes: null };
    const save = (slot: string) => w.facilitator.call('saveBreakoutPlan', { params: w.at(slot), body });

    const offRule = await save('2026-03-25T19:00');
    expect([offRule.status, offRule.body.error?.code, offRule.body.error?.fields]).toEqual([404, 'not_found', { slot: 'not an original start of this series' }]);
    const noSeries = await w.facilitator.call('saveBreakoutPlan', { params: { ...w.at(NEXT), seriesId: randomUUID() }, body });
    expect([noSeries.status, noSeries.body.error?.code]).toEqual([404, 'not_found']);

    const over = await save(PAST);
    expect([over.status, over.body.error?.code, over.body.error?.message]).toEqual([409, 'conflict', 'this session has already ended']);

    await organiser.ok('cancelOccurrence', { params: w.at('2026-03-31T19:00') });
    const cancelled = await save('2026-03-31T19:00');
    expect([cancelled.status, cancelled.body.error?.code]).toEqual([409, 'conflict']);
    expect(cancelled.body.error?.message).toContain('cancelled');

    // Moved earlier, to a time already past: over, although its slot is still ahead.
    await organiser.ok('moveOccurrence', { params: w.at('2026-04-07T19:00'), body: { start: '2026-03-19T19:00' } });
    expect((await save('2026-04-07T19:00')).status).toBe(409);
    // A past slot moved to a later time can still be planned.
    await organiser.ok('moveOccurrence', { params: w.at(PAST), body: { start: '2026-03-22T19:00' } });
    expect((await save(PAST)).status).toBe(200);

    // While it runs it may still be planned (the next room opening for it uses the plan); once over, not.
    setNow('2026-03-24T19:59:59.000Z');
    expect((await save(NEXT)).status).toBe(200);
    setNow('2026-03-24T20:00:00.000Z');
    expect((await save(NEXT)).status).toBe(409);
    // What was saved stays readable, and can be dropped.
    expect((await organiser.ok('getBreakoutPlan', { params: w.at(NEXT) })).plan?.assignment).toEqual({ [w.ana.id]: 0 });
    expect((await organiser.call('deleteBreakoutPlan', { params: w.at(NEXT) })).status).toBe(204);
  });

  it('leaves out someone who left the group or was removed, and no longer accepts them', async () => {
    const w = await world();
    const body = { rooms: [{}, {}], assignment: { [w.ana.id]: 0, [w.ben.id]: 1, [w.cy.id]: 1 }, keepApart: [[w.ana.id, w.ben.id], [w.ben.id, w.cy.id]] as Array<[string, string]>, durationMinutes: 10 };
    await w.facilitator.ok('saveBreakoutPlan', { params: w.at(NEXT), body });
    expect((await w.ana.browser.call('leaveGroup', { params: { groupId: w.groupId } })).status).toBe(204);
    expect((await w.facilitator.call('removeMember', { params: { groupId: w.groupId, membershipId: w.cy.id } })).status).toBe(204);

    const { plan } = await w.coFacilitator.ok('getBreakoutPlan', { params: w.at(NEXT) });
    expect([plan?.assignment, plan?.keepApart]).toEqual([{ [w.ben.id]: 1 }, []]);
    const again = await w.facilitator.call('saveBreakoutPlan', { params: w.at(NEXT), body });
    expect([again.status, Object.keys(again.body.error?.fields ?? {}).sort()]).toEqual([400, ['assignment', 'keepApart']]);
  });

  it('treats a damaged stored plan as none, and logs it by id', async () => {
    const w = await world();
    const saved = await w.facilitator.ok('saveBreakoutPlan', { params: w.at(NEXT), body: { rooms: [{ name: 'Quillwort' }], assignment: {}, durationMinutes: null } });
    const peek = await openDatabase(server.database, { migrate: false });
    const row = await peek.db.selectFrom('breakout_plans').select('id').where('series_id', '=', saved.seriesId).executeTakeFirstOrThrow();
    await peek.db.updateTable('breakout_plans').set({ plan: '{"rooms": [' }).where('id', '=', row.id).execute();
    await peek.close();
    lines.length = 0;
    expect(await organiser.ok('getBreakoutPlan', { params: w.at(NEXT) })).toEqual({ plan: null });
    const logged = lines.map((l) => JSON.parse(l) as { msg: string; planId?: string; level: number });
    expect(logged.filter((l) => l.planId === row.id).map((l) => [l.level, l.msg])).toEqual([[50, 'a stored breakout plan could not be read; left out']]);
    lines.length = 0;
    expect(await organiser.ok('listBreakoutPlans', { params: { groupId: w.groupId } })).toEqual({ plans: [] });
    const listedLog = lines.map((l) => JSON.parse(l) as { msg: string; planIds?: string[]; level: number }).filter((l) => l.planIds);
    expect(listedLog.map((l) => [l.level, l.msg, l.planIds])).toEqual([[50, 'stored breakout plans could not be read; left out', [row.id]]]);
    // Saving again mends it.
    expect((await w.facilitator.call('saveBreakoutPlan', { params: w.at(NEXT), body: { rooms: [{}], assignment: {}, durationMinutes: null } })).status).toBe(200);
    expect((await organiser.ok('getBreakoutPlan', { params: w.at(NEXT) })).plan?.rooms).toEqual([{ name: '', topic: '' }]);
  });
});
