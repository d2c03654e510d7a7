// Bad and hostile requests each get their stable error code and change nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import { instantRoomToken } from '../../helpers/access';
import { connectClient } from '../../helpers/client';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { FAKE_DTLS, opusParameters } from '../../helpers/rtp';
import { startTestServer, workerObjectCounts } from '../../helpers/server';

let server: RunningServer;
let ana: ScriptedPeer;
let ben: ScriptedPeer;
let eve: ScriptedPeer; // in another room

beforeEach(async () => {
  server = await startTestServer();
  ana = await preparePeer(server, 'room-one', { name: 'Ana' });
  await ana.join();
  ben = await preparePeer(server, 'room-one', { name: 'Ben' });
  await ben.join();
  eve = await preparePeer(server, 'room-two', { name: 'Eve' });
  await eve.join();
});
afterEach(async () => {
  for (const p of [ana, ben, eve]) p.close();
  await server.close();
});

/** A fingerprint of all state a bad request could have changed. */
async function snapshot() {
  const rooms = server.rooms.list().map((r) => ({
    id: r.id,
    participants: [...r.participants.values()].map((p) => ({
      joined: !!p.joined,
      counts: p.media?.counts(),
      producers: p.media?.listProducers().map((pr) => [pr.id, pr.paused]),
    })),
  }));
  return { rooms, worker: await workerObjectCounts(server) };
}

const cases: Array<[string, () => Promise<unknown>, string]> = [
  ['a payload of the wrong type', () => ana.request('room:prepare', 'room-one'), 'invalid_payload'],
  ['a room id with bad characters', () => ana.request('room:prepare', { roomId: '../etc' }), 'invalid_payload'],
  ['an unexpected extra field', () => ana.request('producer:pause', { producerId: 'x', admin: true }), 'invalid_payload'],
  ['a name of its own choosing (the server decides names)', () => ana.request('room:join', { displayName: 'Mallory', rtpCapabilities: ana.prepared.routerRtpCapabilities }), 'invalid_payload'],
  ['mic source with video kind', () => ana.request('producer:create', { transportId: ana.sendTransportId, kind: 'video', source: 'mic', rtpParameters: opusParameters() }), 'invalid_payload'],
  ['malformed RTP parameters', () => ana.request('producer:create', { transportId: ana.sendTransportId, kind: 'audio', source: 'mic', rtpParameters: { codecs: [] } }), 'invalid_payload'],
  ['an event no handler owns', () => ana.request('admin:shutdown' as never, {}), 'unknown_event'],
  ['an unknown transport id', () => ana.request('transport:connect', { transportId: 'nope', dtlsParameters: FAKE_DTLS }), 'not_found'],
  ['another peer\'s transport', () => ana.request('transport:connect', { transportId: ben.sendTransportId, dtlsParameters: FAKE_DTLS }), 'not_authorized'],
  ['another peer\'s producer', () => ana.request('producer:pause', { producerId: ben.micId }), 'not_authorized'],
  ['closing another peer\'s producer', () => ana.request('producer:close', { producerId: ben.cameraId }), 'not_authorized'],
  ['another room\'s producer', () => ana.request('consumer:create', { transportId: ana.recvTransportId, producerId: eve.cameraId }), 'not_authorized'],
  ['an unknown producer', () => ana.request('consumer:create', { transportId: ana.recvTransportId, producerId: 'ghost' }), 'not_found'],
  ['consuming your own producer', () => ana.request('consumer:create', { transportId: ana.recvTransportId, producerId: ana.micId }), 'conflict'],
  ['consuming on the send transport', () => ana.request('consumer:create', { transportId: ana.sendTransportId, producerId: ben.micId }), 'conflict'],
  ['consuming on another peer\'s transport', () => ana.request('consumer:create', { transportId: ben.recvTransportId, producerId: eve.micId }), 'not_authorized'],
  ['a second microphone', () => ana.request('producer:create', { transportId: ana.sendTransportId, kind: 'audio', source: 'mic', rtpParameters: opusParameters() }), 'conflict'],
  ['joining twice', () => ana.request('room:join', { rtpCapabilities: ana.prepared.routerRtpCapabilities }), 'conflict'],
  ['preparing a second room', () => ana.request('room:prepare', { roomId: 'room-two' }), 'conflict'],
];

describe('bad requests', () => {
  for (const [what, send, code] of cases) {
    it(`refuses ${what} with ${code} and changes nothing`, async () => {
      const before = await snapshot();
      const ack = await send();
      expect(ack).toMatchObject({ ok: false, error: { code } });
      expect((ack as { error: { message: string } }).error.message).toMatch(/\w/);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('refuses media requests before a room is opened or joined', async () => {
    const c = await connectClient(server.url, await instantRoomToken(server, 'room-one', 'Cy'));
    try {
      expect(await c.request('transport:create', { direction: 'send' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
      // Cy's token is for room-one: no other room opens with it.
      expect(await c.request('room:prepare', { roomId: 'room-two' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
      expect(server.rooms.list().find((r) => r.id === 'room-two')?.participants.size).toBe(1);
      await c.call('room:prepare', { roomId: 'room-one' });
      const { transport } = await c.call('transport:create', { direction: 'recv' });
      expect(await c.request('consumer:create', { transportId: transport.id, producerId: ana.micId })).toMatchObject({
        ok: false,
        error: { code: 'not_authorized' },
      });
    } finally {
      c.close();
    }
  });

  it('rate-limits a flood of requests from one connection', async () => {
    const acks = await Promise.all(Array.from({ length: 800 }, () => ana.request('producer:pause', { producerId: 'x' })));
    const codes = new Set(acks.map((a) => (a.ok ? 'ok' : a.error.code)));
    expect(codes).toContain('rate_limited');
    expect(codes).toContain('not_found');
  });
});
