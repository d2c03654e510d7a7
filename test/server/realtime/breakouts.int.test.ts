// Breakouts end to end on the server: a facilitator plans and opens rooms for 12 members; every
// member's media moves to its room's own Router; everyone receives only their room; a move and the
// recall leave no transport or consumer behind. Real worker, real socket.io clients.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import type { LiveRoom } from '../../../server/realtime/liveRoom';
import type { BreakoutsOverview } from '../../../shared/session';
import { seedGroup } from '../../helpers/access';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { startTestServer, workerObjectCounts } from '../../helpers/server';
import { roomViewWhere } from '../../helpers/sessionView';

let server: RunningServer;
const peers: ScriptedPeer[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const p of peers.splice(0)) p.close();
  await server.close();
});

interface Person {
  name: string;
  peer: ScriptedPeer;
  peerId: string;
}

async function enter(token: string, name: string): Promise<Person> {
  const live = server.rooms.list()[0];
  const peer = await preparePeer(server, live?.id ?? '', { token, name });
  peers.push(peer);
  peer.follow();
  const joined = await peer.join();
  for (const p of joined.producers) await peer.consume(p.producerId);
  return { name, peer, peerId: joined.self.peerId };
}

const consumerCount = (live: LiveRoom): number => [...live.participants.values()].reduce((n, p) => n + (p.media?.counts().consumers ?? 0), 0);

/** Every consumer on the server receives a producer of its own participant's space. */
function strayConsumers(live: LiveRoom): string[] {
  const spaceOfProducer = new Map<string, string>();
  for (const p of live.participants.values()) for (const pr of p.media?.listProducers() ?? []) spaceOfProducer.set(pr.id, p.space);
  const stray: string[] = [];
  for (const p of live.participants.values()) {
    for (const c of p.media?.listConsumers() ?? []) {
      if (spaceOfProducer.get(c.producerId) !== p.space) stray.push(`${p.identity.displayName} in ${p.space} receives ${c.producerId}`);
    }
  }
  return stray;
}

function latestOverview(p: ScriptedPeer): BreakoutsOverview | null {
  const last = p.events.filter((e) => e.event === 'session:breakouts').at(-1);
  return last ? (last.payload as { breakouts: BreakoutsOverview }).breakouts : null;
}

describe('breakouts', () => {
  it('12 members in 4 rooms: media only within each room; a move and the recall leave nothing behind', async () => {
    const group = await seedGroup(server, 'Breakout circle');
    const fac = await group.addStaff('Fern', 'facilitator');
    const facilitator = await (async () => {
      const peer = await preparePeer(server, group.roomId, { token: fac.token, name: 'Fern' });
      peers.push(peer);
      peer.follow();
      const joined = await peer.join();
      return { name: 'Fern', peer, peerId: joined.self.peerId };
    })();
    const members: Person[] = [];
    for (let i = 1; i <= 12; i++) members.push(await enter((await group.addMember(`Member ${i}`)).token, `Member ${i}`));
    const live = server.rooms.list()[0]!;
    await expect.poll(() => consumerCount(live), { timeout: 10_000 }).toBe(13 * 12 * 2);

    // Members may not open breakouts; the facilitator plans 4 rooms, auto-assigned, and opens them.
    const refused = await members[0]!.peer.request('breakout:open', {});
    expect(refused.ok ? 'ok' : refused.error.code).toBe('not_authorized');
    await facilitator.peer.call('breakout:plan', { rooms: [{}, {}, {}, { name: 'Quiet corner', topic: 'Sitting with it' }], mode: 'auto' });
    const plan = latestOverview(facilitator.peer)?.plan;
    expect(plan?.rooms.map((r) => r.name)).toEqual(['Circle 1', 'Circle 2', 'Circle 3', 'Quiet corner']);
    const sizes = Object.values(plan!.assignment).reduce<Record<string, number>>((acc, room) => ({ ...acc, [room]: (acc[room] ?? 0) + 1 }), {});
    expect(Object.values(sizes).sort()).toEqual([3, 3, 3, 3]); // balanced
    await facilitator.peer.call('breakout:open', {});

    await Promise.all(members.map((m) => m.peer.movedTo(plan!.assignment[m.peerId]!, 10_000)));
    expect(await workerObjectCounts(server)).toEqual({ routers: 5, transports: 26 });
    // Three per room: each receives the other two (mic + camera); the facilitator, alone in main, nothing.
    await expect.poll(() => consumerCount(live), { timeout: 10_000 }).toBe(12 * 2 * 2);
    expect(strayConsumers(live)).toEqual([]);
    // Each member's view is their room's: its name, its three people.
    const quiet = members.filter((m) => plan!.assignment[m.peerId] === 'b4');
    const v = await roomViewWhere(quiet[0]!.peer, (x) => x.breakout?.id === 'b4' && x.participants.length === 3);
    expect(v.breakout).toMatchObject({ name: 'Quiet corner', topic: 'Sitting with it' });

    // Move one member from b1 to b2: b1 keeps two, b2 has four.
    const mover = members.find((m) => plan!.assignment[m.peerId] === 'b1')!;
    await facilitator.peer.call('breakout:move', { peerId: mover.peerId, to: 'b2' });
    await mover.peer.movedTo('b2');
    // b1: 2 × 1 × 2 = 4; b2: 4 × 3 × 2 = 24; b3, b4: 12 each.
    await expect.poll(() => consumerCount(live), { timeout: 10_000 }).toBe(4 + 24 + 12 + 12);
    expect(strayConsumers(live)).toEqual([]);
    expect((await workerObjectCounts(server)).transports).toBe(26);

    // Recall: everyone back in main, the breakout routers gone, everyone receives everyone again.
    await facilitator.peer.call('breakout:close', {});
    await Promise.all(members.map((m) => m.peer.movedTo('main', 10_000)));
    expect(await workerObjectCounts(server)).toEqual({ routers: 1, transports: 26 });
    await expect.poll(() => consumerCount(live), { timeout: 10_000 }).toBe(13 * 12 * 2);
    expect(strayConsumers(live)).toEqual([]);
  }, 60_000);

  it('someone whose connection drops, or who left, comes back into their breakout, not the main room', async () => {
    const group = await seedGroup(server, 'Reconnect circle');
    const fac = await group.addStaff('Fern', 'facilitator');
    const facilitator = await preparePeer(server, group.roomId, { token: fac.token, name: 'Fern' });
    peers.push(facilitator);
    facilitator.follow();
    await facilitator.join();
    const ana = await group.addMember('Ana');
    const first = await enter(ana.token, 'Ana');
    const ben = await enter((await group.addMember('Ben')).token, 'Ben');
    await facilitator.call('breakout:plan', { rooms: [{}], mode: 'auto' });
    await facilitator.call('breakout:open', {});
    await Promise.all([first.peer.movedTo('b1', 10_000), ben.peer.movedTo('b1', 10_000)]);
    const live = server.rooms.list()[0]!;

    first.peer.close(); // the network drops; the seat is kept
    await expect.poll(() => live.participants.size).toBe(2);
    const again = await preparePeer(server, group.roomId, { token: ana.token, name: 'Ana' });
    peers.push(again);
    again.follow();
    const joined = await again.join();
    await again.movedTo('b1', 10_000);
    expect(live.participants.get(joined.self.peerId)?.space).toBe('b1');
    // Ana and Ben receive each other again in Circle 1 (mic + camera each); the facilitator, alone in main, nothing.
    await expect.poll(() => consumerCount(live), { timeout: 10_000 }).toBe(2 * 2);
    expect(strayConsumers(live)).toEqual([]);
    expect(await workerObjectCounts(server)).toEqual({ routers: 2, transports: 6 });

    // Closing the tab is leaving (room:leave); coming back while the rooms run is going back too.
    await again.call('room:leave', {});
    await expect.poll(() => live.participants.size).toBe(2);
    const third = await preparePeer(server, group.roomId, { token: ana.token, name: 'Ana' });
    peers.push(third);
    third.follow();
    const rejoined = await third.join();
    await third.movedTo('b1', 10_000);
    expect(live.participants.get(rejoined.self.peerId)?.space).toBe('b1');
    await expect.poll(() => consumerCount(live), { timeout: 10_000 }).toBe(2 * 2);
    expect(strayConsumers(live)).toEqual([]);
  }, 60_000);
});
