// Receiving before being received (server/realtime/session/reveal.ts): someone entering the room
// is seen at once, but their mic and camera are announced only once their client has resumed the
// consumers it was given on entry (plus a short settle), or after a fallback; never after they left.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import { REVEAL_FALLBACK_MS, REVEAL_SETTLE_MS } from '../../../server/realtime/session/reveal';
import type { JoinResult } from '../../../shared/protocol';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { startTestServer } from '../../helpers/server';
import { vp8SimulcastParameters } from '../../helpers/rtp';

let server: RunningServer;
const peers: ScriptedPeer[] = [];
const prepare = async (name: string, opts: { mic?: boolean; camera?: boolean } = {}) => {
  const p = await preparePeer(server, 'calm-room', { name, ...opts });
  peers.push(p);
  return p;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (what: string, fn: () => boolean, ms = 4000) => {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
};
const added = (p: ScriptedPeer) => p.events.filter((e) => e.event === 'producer:added').map((e) => (e.payload as { producerId: string }).producerId);
/** Join as a browser does: with the receive transport, so the server makes the entry consumers. */
const joinReceiving = (p: ScriptedPeer): Promise<JoinResult> =>
  p.call('room:join', { rtpCapabilities: p.prepared.routerRtpCapabilities, recvTransportId: p.recvTransportId });
const resumeAll = (p: ScriptedPeer, entry: JoinResult) => Promise.all(entry.consumers.map((c) => p.call('consumer:resume', { consumerId: c.id })));

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const p of peers.splice(0)) p.close();
  await server.close();
});

describe('announcing an entering member’s media', () => {
  it('shows the person at once and their media only after they resume what they were given, once each', async () => {
    const ana = await prepare('Ana');
    await ana.join();
    const ben = await prepare('Ben');
    const entry = await joinReceiving(ben);
    expect(entry.consumers).toHaveLength(2);
    await until('Ana sees Ben', () => ana.events.some((e) => e.event === 'peer:joined'));
    await sleep(200);
    expect(added(ana)).toEqual([]); // not yet: Ben has not started receiving

    const resumedAt = Date.now();
    await resumeAll(ben, entry);
    await until('Ben announced', () => added(ana).length === 2);
    expect(Date.now() - resumedAt).toBeGreaterThanOrEqual(REVEAL_SETTLE_MS - 20);
    expect(added(ana).sort()).toEqual([ben.micId, ben.cameraId].sort());
    // Ana can receive them, and nothing is announced twice (not even by the fallback).
    await ana.consume(ben.cameraId!);
    await sleep(REVEAL_FALLBACK_MS);
    expect(added(ana)).toHaveLength(2);
  });

  it('announces a camera turned on while waiting with the rest, once', async () => {
    const ana = await prepare('Ana');
    await ana.join();
    const ben = await prepare('Ben', { camera: false });
    const entry = await joinReceiving(ben);
    const { producerId: cameraId } = await ben.call('producer:create', {
      transportId: ben.sendTransportId,
      kind: 'video',
      source: 'camera',
      rtpParameters: vp8SimulcastParameters(),
    });
    await sleep(100);
    expect(added(ana)).toEqual([]);
    await resumeAll(ben, entry);
    await until('Ben announced', () => added(ana).length === 2);
    expect(added(ana).sort()).toEqual([ben.micId, cameraId].sort());
    await sleep(REVEAL_SETTLE_MS + 200);
    expect(added(ana)).toHaveLength(2);
  });

  it('announces someone with nothing to receive at once, and a client that never resumes after the fallback', async () => {
    const ben = await prepare('Ben', { mic: false, camera: false });
    await ben.join();
    const ana = await prepare('Ana', { camera: false });
    const anaEntry = await joinReceiving(ana); // Ben sends nothing: nothing to receive
    expect(anaEntry.consumers).toEqual([]);
    expect(server.rooms.list()[0]!.participants.get(anaEntry.self.peerId)!.pendingReveal).toBeUndefined();
    await until('Ana announced', () => added(ben).includes(ana.micId!));

    const cy = await prepare('Cy');
    const joinedAt = Date.now();
    const cyEntry = await joinReceiving(cy); // never resumes
    expect(cyEntry.consumers).toHaveLength(1);
    expect(server.rooms.list()[0]!.participants.get(cyEntry.self.peerId)!.pendingReveal).toBeDefined();
    const cyAt = (p: ScriptedPeer) => added(p).filter((id) => id === cy.micId || id === cy.cameraId);
    await sleep(200);
    expect(cyAt(ana)).toEqual([]);
    await until('Cy announced by the fallback', () => cyAt(ana).length === 2 && cyAt(ben).length === 2);
    expect(Date.now() - joinedAt).toBeGreaterThanOrEqual(REVEAL_FALLBACK_MS - 20);
  });

  it('announces nothing for someone who left before it was time', async () => {
    const ana = await prepare('Ana');
    await ana.join();
    const ben = await prepare('Ben');
    await joinReceiving(ben);
    const left = ana.next('peer:left');
    await ben.call('room:leave', {});
    await left;
    await sleep(REVEAL_FALLBACK_MS + 200);
    expect(added(ana)).toEqual([]);
  });
});
