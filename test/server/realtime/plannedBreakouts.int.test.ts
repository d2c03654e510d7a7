// Breakouts planned before the session reach the live room: the session keeper finds the plan of
// the occurrence whose join window is open (on SQLite and PostgreSQL, the boundaries exactly), and
// with a real worker and socket.io clients the facilitator finds the plan in place when the room
// opens, each member is placed as they come in, and opening the breakouts takes them there.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import { groupRoomId } from '../../../server/auth/joinTokens';
import { createLogger } from '../../../server/log';
import { DEFAULT_JOIN_EARLY_MINUTES, sessionKeeper } from '../../../server/realtime/session/defaults';
import type { BreakoutPlanInput, Store } from '../../../server/store/index';
import { loadConfig } from '../../../server/config';
import type { BreakoutsOverview } from '../../../shared/session';
import { seedGroup } from '../../helpers/access';
import { testClock, TEST_DIALECTS, useTestDatabase } from '../../helpers/db';
import { logSink } from '../../helpers/logSink';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { startTestServer } from '../../helpers/server';
import { roomViewWhere } from '../../helpers/sessionView';
import { makeAccount, makeGroup, makeGroupWithOrganiser, makeMember } from '../store/fixtures';

// Tuesdays 19:00 London from 3 March 2026; the 24th is still GMT, so 19:00Z-20:00Z, open from 18:50Z.
const SCHEDULE = { zone: 'Europe/London', start: '2026-03-03T19:00', durationMinutes: 60, repeat: { freq: 'weekly' as const } };
const SLOT = '2026-03-24T19:00';

/** A weekly series for the group and a plan for SLOT: the first person in room 1, the second in room 2. */
async function scheduleWithPlan(store: Store, groupId: string, createdBy: string, people: [string, string]) {
  const series = await store.series.create({ groupId, title: 'Tuesday circle', description: '', schedule: SCHEDULE, createdBy });
  const plan: BreakoutPlanInput = {
    rooms: [{ name: 'Pairs', topic: 'What helped' }, {}],
    assignment: { [people[0]]: 0, [people[1]]: 1 },
    keepApart: [[people[0], people[1]]],
    durationMinutes: 15,
    allowReturn: false,
  };
  await store.breakoutPlans.save(series.id, SLOT, plan);
  return series;
}

describe.each(TEST_DIALECTS)('the session keeper on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  async function setup() {
    const { group, organiser } = await makeGroupWithOrganiser(t.store);
    const ana = await makeMember(t.store, group.id, 'Ana');
    const ben = await makeMember(t.store, group.id, 'Ben');
    const series = await scheduleWithPlan(t.store, group.id, organiser.id, [ana.id, ben.id]);
    return { roomId: groupRoomId(group.id), ana, ben, series };
  }

  it('starts a group room with the plan of the occurrence near now, from an hour before its start (staff open rooms early) until its end', async () => {
    const { roomId, ana, ben } = await setup();
    const clock = testClock();
    const keeper = sessionKeeper(t.store, clock.now, { joinEarlyMinutes: 10 });
    const at = async (iso: string) => {
      clock.advance(Date.parse(iso) - clock.now());
      return (await keeper.start(roomId)).prepared;
    };
    expect(await at('2026-03-24T17:59:59.999Z')).toBeUndefined();
    const prepared = {
      rooms: [{ name: 'Pairs', topic: 'What helped' }, {}],
      assignment: { [`membership:${ana.id}`]: 'b1', [`membership:${ben.id}`]: 'b2' },
      keepApart: [[`membership:${ana.id}`, `membership:${ben.id}`]],
      durationMs: 15 * 60_000,
      allowReturn: false,
    };
    expect(await at('2026-03-24T18:00:00.000Z')).toEqual(prepared);
    expect(await at('2026-03-24T18:50:00.000Z')).toEqual(prepared);
    expect(await at('2026-03-24T19:59:59.999Z')).toEqual(prepared);
    expect(await at('2026-03-24T20:00:00.000Z')).toBeUndefined();
    // The week before and after have no plan of their own.
    expect(await at('2026-03-17T19:10:00.000Z')).toBeUndefined();
    expect(await at('2026-03-31T18:10:00.000Z')).toBeUndefined();
    // The settings come as before.
    expect((await keeper.start(roomId)).settings).toMatchObject({ waitingRoom: true, floor: 'open' });
  });

  it('says which occurrence the plan is for, and no longer offers it once its breakouts were opened', async () => {
    const { roomId, series } = await setup();
    const clock = testClock(Date.parse('2026-03-24T18:55:00.000Z'));
    const keeper = sessionKeeper(t.store, clock.now, { joinEarlyMinutes: 10 });
    const first = await keeper.start(roomId);
    expect(first.preparedFrom).toEqual({ seriesId: series.id, slot: SLOT });
    expect(first.prepared).toBeDefined();
    await keeper.breakoutsOpened({ seriesId: series.id, slot: SLOT });
    const again = await keeper.start(roomId);
    expect([again.prepared, again.preparedFrom]).toEqual([undefined, undefined]);
  });

  it('follows a moved occurrence, and has nothing for a cancelled one', async () => {
    const { roomId, series } = await setup();
    const clock = testClock(Date.parse('2026-03-25T10:05:00.000Z'));
    const keeper = sessionKeeper(t.store, clock.now, { joinEarlyMinutes: 10 });
    expect((await keeper.start(roomId)).prepared).toBeUndefined();
    await t.store.series.modify(series.groupId, series.id, (cur) => ({ schedule: { ...cur.schedule, moved: { [SLOT]: { start: '2026-03-25T10:00' } } } }));
    expect((await keeper.start(roomId)).prepared?.rooms).toHaveLength(2);
    await t.store.series.modify(series.groupId, series.id, (cur) => ({ schedule: { ...cur.schedule, cancelled: [SLOT] } }));
    expect((await keeper.start(roomId)).prepared).toBeUndefined();
  });

  it('opens the window JOIN_EARLY_MINUTES before the start when that is more than an hour, and leaves instant rooms and unscheduled groups alone', async () => {
    const { roomId } = await setup();
    const clock = testClock(Date.parse('2026-03-24T17:35:00.000Z'));
    expect((await sessionKeeper(t.store, clock.now, { joinEarlyMinutes: 90 }).start(roomId)).prepared).toBeDefined();
    expect((await sessionKeeper(t.store, clock.now).start(roomId)).prepared).toBeUndefined(); // the default: an hour
    expect(DEFAULT_JOIN_EARLY_MINUTES).toBe(loadConfig({}).joinEarlyMinutes);
    clock.advance(20 * 60_000);
    expect((await sessionKeeper(t.store, clock.now).start('team-standup')).prepared).toBeUndefined();
    const other = await makeGroup(t.store, (await makeAccount(t.store)).id);
    expect((await sessionKeeper(t.store, clock.now).start(groupRoomId(other.id))).prepared).toBeUndefined();
  });

  it('starts without a damaged plan, logging it by id, and without any plan when the database fails', async () => {
    const { roomId } = await setup();
    const { lines, stream } = logSink();
    const logger = createLogger('info', stream);
    const clock = testClock(Date.parse('2026-03-24T19:30:00.000Z'));
    const row = await t.handle.db.selectFrom('breakout_plans').select('id').executeTakeFirstOrThrow();
    await t.handle.db.updateTable('breakout_plans').set({ plan: '{"rooms":' }).where('id', '=', row.id).execute();
    const start = await sessionKeeper(t.store, clock.now, { logger }).start(roomId);
    expect(start.prepared).toBeUndefined();
    expect(start.settings).toMatchObject({ waitingRoom: true });
    expect(lines.map((l) => JSON.parse(l) as { planId?: string; msg: string }).filter((l) => l.planId === row.id).map((l) => l.msg)).toEqual([
      'a stored breakout plan could not be read; the session starts without it',
    ]);

    const failing: Store = { ...t.store, breakoutPlans: { ...t.store.breakoutPlans, bySlot: () => Promise.reject(new Error('connection lost')) } };
    const despite = await sessionKeeper(failing, clock.now, { logger }).start(roomId);
    expect([despite.prepared, despite.settings.waitingRoom]).toEqual([undefined, true]);
  });
});

describe('a plan prepared for the occurrence, in the live room', () => {
  let server: RunningServer | undefined;
  const peers: ScriptedPeer[] = [];
  afterEach(async () => {
    for (const p of peers.splice(0)) p.close();
    await server?.close();
    server = undefined;
  });

  const overview = (p: ScriptedPeer): BreakoutsOverview | null => {
    const last = p.events.filter((e) => e.event === 'session:breakouts').at(-1);
    return last ? (last.payload as { breakouts: BreakoutsOverview }).breakouts : null;
  };

  async function enter(running: RunningServer, roomId: string, token: string, name: string) {
    const peer = await preparePeer(running, roomId, { token, name });
    peers.push(peer);
    peer.follow();
    const joined = await peer.join();
    return { peer, peerId: joined.self.peerId };
  }

  /** A server whose clock reads `now`, a group with a facilitator, Ana, Ben and Cy, and the plan for SLOT. */
  async function world(now: string) {
    const clock = testClock(Date.parse(now));
    const running = await startTestServer({}, { now: clock.now });
    server = running;
    const group = await seedGroup(running, 'Planned circle');
    const fac = await group.addStaff('Fern', 'facilitator');
    const ana = await group.addMember('Ana');
    const ben = await group.addMember('Ben');
    const cy = await group.addMember('Cy');
    await scheduleWithPlan(running.store, group.groupId, fac.membershipId, [ana.membershipId, ben.membershipId]);
    return { running, group, fac, ana, ben, cy };
  }

  it('is in place when the room opens; people are placed as they come in and opening takes them there', async () => {
    const { running, group, fac, ana, ben, cy } = await world('2026-03-24T18:55:00.000Z');
    const facilitator = await enter(running, group.roomId, fac.token, 'Fern');
    await expect.poll(() => overview(facilitator.peer)?.plan?.rooms.map((r) => [r.id, r.name, r.topic])).toEqual([
      ['b1', 'Pairs', 'What helped'],
      ['b2', 'Circle 2', ''],
    ]);
    expect(overview(facilitator.peer)?.plan).toMatchObject({ assignment: {}, durationMs: 15 * 60_000, allowReturn: false });

    const a = await enter(running, group.roomId, ana.token, 'Ana');
    const c = await enter(running, group.roomId, cy.token, 'Cy'); // not in the plan: stays in the main room
    const b = await enter(running, group.roomId, ben.token, 'Ben');
    await expect.poll(() => overview(facilitator.peer)?.plan?.assignment).toEqual({ [a.peerId]: 'b1', [b.peerId]: 'b2' });
    expect(overview(facilitator.peer)?.plan?.keepApart).toEqual([[a.peerId, b.peerId]]);
    // Ana sees where she will go.
    const view = await roomViewWhere(a.peer, (v) => v.you.planned?.roomId === 'b1');
    expect(view.you.planned).toMatchObject({ roomName: 'Pairs' });

    await facilitator.peer.call('breakout:open', {});
    await Promise.all([a.peer.movedTo('b1', 10_000), b.peer.movedTo('b2', 10_000)]);
    const live = running.rooms.list()[0]!;
    expect([a, b, c, facilitator].map((p) => live.participants.get(p.peerId)?.space)).toEqual(['b1', 'b2', 'main', 'main']);
  }, 60_000);

  it('comes back when the room opens again in the same session, until its breakouts are opened; then never', async () => {
    const { running, group, fac, ana } = await world('2026-03-24T18:55:00.000Z');
    const planIn = async () => {
      const facilitator = await enter(running, group.roomId, fac.token, 'Fern');
      await expect.poll(() => overview(facilitator.peer) !== null).toBe(true);
      return facilitator;
    };
    const emptyTheRoom = async (who: Array<{ peer: ScriptedPeer }>) => {
      for (const p of who) p.peer.close();
      await expect.poll(() => running.rooms.list().length).toBe(0);
    };
    // Everyone left before the breakouts were opened (a restart would do the same): offered again.
    let facilitator = await planIn();
    expect(overview(facilitator.peer)?.plan?.rooms).toHaveLength(2);
    await emptyTheRoom([facilitator]);
    facilitator = await planIn();
    expect(overview(facilitator.peer)?.plan?.rooms).toHaveLength(2);

    const a = await enter(running, group.roomId, ana.token, 'Ana');
    await facilitator.peer.call('breakout:open', {});
    await a.peer.movedTo('b1', 10_000);
    await expect.poll(async () => (await running.store.breakoutPlans.bySlot((await running.store.series.listForGroup(group.groupId)).series[0]!.id, SLOT)).plan?.openedAt).toBe('2026-03-24T18:55:00.000Z');
    await facilitator.peer.call('breakout:close', {});
    await emptyTheRoom([facilitator, a]);

    // The same session, later: the room opens without the plan (it ran already).
    facilitator = await planIn();
    expect(overview(facilitator.peer)?.plan).toBeNull();
    expect(overview(facilitator.peer)?.rooms).toEqual([]);
  }, 60_000);

  it('is not there when the room opens outside the occurrence\'s window', async () => {
    const { running, group, fac, ana } = await world('2026-03-24T17:49:00.000Z');
    const facilitator = await enter(running, group.roomId, fac.token, 'Fern');
    await enter(running, group.roomId, ana.token, 'Ana');
    await expect.poll(() => overview(facilitator.peer)?.rooms).toEqual([]);
    expect(overview(facilitator.peer)?.plan).toBeNull();
  }, 60_000);
});
