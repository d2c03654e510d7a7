// Spaces of a room (the main room and its breakouts): each its own Router, media isolated by
// construction, moves that leave no transport or consumer behind. Real worker, real clients.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import type { LiveRoom } from '../../../server/realtime/liveRoom';
import { moveToSpace } from '../../../server/realtime/session/spaces';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { startTestServer, workerObjectCounts } from '../../helpers/server';

let server: RunningServer;
const peers: ScriptedPeer[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const p of peers.splice(0)) p.close();
  await server.close();
});

async function room(names: string[]): Promise<{ live: LiveRoom; byName: Map<string, { peer: ScriptedPeer; peerId: string }> }> {
  const byName = new Map<string, { peer: ScriptedPeer; peerId: string }>();
  for (const name of names) {
    const peer = await preparePeer(server, 'spaces-test', { name });
    peers.push(peer);
    peer.follow();
    const joined = await peer.join();
    for (const p of joined.producers) await peer.consume(p.producerId); // what was there before; later ones as announced
    byName.set(name, { peer, peerId: joined.self.peerId });
  }
  return { live: server.rooms.list()[0]!, byName };
}

/** For every participant: the spaces of the producers its consumers receive (must be its own). */
function consumedSpaces(live: LiveRoom): Array<{ name: string; space: string; from: string[] }> {
  const spaceOfProducer = new Map<string, string>();
  for (const p of live.participants.values()) for (const pr of p.media?.listProducers() ?? []) spaceOfProducer.set(pr.id, p.space);
  return [...live.participants.values()].map((p) => ({
    name: p.identity.displayName,
    space: p.space,
    from: [...new Set((p.media?.listConsumers() ?? []).map((c) => spaceOfProducer.get(c.producerId) ?? 'gone'))],
  }));
}

const consumerCount = (live: LiveRoom): number =>
  [...live.participants.values()].reduce((n, p) => n + (p.media?.counts().consumers ?? 0), 0);

describe('spaces of a room', () => {
  it('moves people into breakouts with their own routers; each receives only their space; moving back leaves nothing behind', async () => {
    const { live, byName } = await room(['Ana', 'Ben', 'Cy', 'Dee']);
    // Everyone receives everyone in the main room: 4 × 3 × 2 consumers.
    await expect.poll(() => consumerCount(live)).toBe(24);

    const participant = (name: string) => live.participants.get(byName.get(name)!.peerId)!;
    await Promise.all([moveToSpace(live, participant('Ana'), 'b1'), moveToSpace(live, participant('Ben'), 'b1'), moveToSpace(live, participant('Cy'), 'b2')]);
    await Promise.all([byName.get('Ana')!.peer.movedTo('b1'), byName.get('Ben')!.peer.movedTo('b1'), byName.get('Cy')!.peer.movedTo('b2')]);
    expect([...byName.values()].map(({ peer }) => peer.space)).toEqual(['b1', 'b1', 'b2', 'main']);
    expect(await workerObjectCounts(server)).toEqual({ routers: 3, transports: 8 });
    // Ana and Ben receive each other (2 × 2); Cy is alone in b2; Dee alone in main.
    await expect.poll(() => consumerCount(live)).toBe(4);
    for (const c of consumedSpaces(live)) expect(c.from.every((s) => s === c.space), JSON.stringify(c)).toBe(true);

    // A consumer of another space's producer is refused, even asked for by id.
    const ana = byName.get('Ana')!.peer;
    const cyMic = byName.get('Cy')!.peer.micId!;
    const refused = await ana.request('consumer:create', { transportId: ana.recvTransportId, producerId: cyMic });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('not_found');

    // Back to the main room: the breakout routers close, and everyone receives everyone again.
    for (const name of ['Ana', 'Ben', 'Cy']) await moveToSpace(live, participant(name), 'main');
    const entries = await Promise.all(['Ana', 'Ben', 'Cy'].map((name) => byName.get(name)!.peer.movedTo('main')));
    expect(await workerObjectCounts(server)).toEqual({ routers: 1, transports: 8 });
    // Those who came back got consumers of everyone already there, on entering.
    expect(entries.every((e) => e.place === 'room')).toBe(true);
    await expect.poll(() => consumerCount(live)).toBe(24);
    for (const c of consumedSpaces(live)) expect(c.from.every((s) => s === 'main')).toBe(true);
  });
});
