// Join, produce, consume and leave over real socket.io against a real mediasoup worker.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { startTestServer, workerObjectCounts } from '../../helpers/server';

let server: RunningServer;
const peers: ScriptedPeer[] = [];
const prepare = async (roomId = 'calm-room', opts?: Parameters<typeof preparePeer>[2]) => {
  const p = await preparePeer(server, roomId, opts);
  peers.push(p);
  return p;
};
const until = async (what: string, fn: () => boolean | Promise<boolean>, ms = 3000) => {
  const end = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const p of peers.splice(0)) p.close();
  await server.close();
});

describe('a room with two members', () => {
  it('shares producers on join, consumes them paused then resumed, and cleans up on leave', async () => {
    const ana = await prepare(undefined, { name: 'Ana' });
    const anaJoin = await ana.join();
    expect(anaJoin.peers).toEqual([]);
    expect(anaJoin.producers).toEqual([]);

    const ben = await prepare(undefined, { name: 'Ben' });
    const joinedSeen = ana.next('peer:joined');
    const benJoin = await ben.join();
    expect(benJoin.self.displayName).toBe('Ben');
    expect(benJoin.peers.map((p) => p.displayName)).toEqual(['Ana']);
    expect(benJoin.producers.map((p) => [p.kind, p.source, p.peerId]).sort()).toEqual([
      ['audio', 'mic', anaJoin.self.peerId],
      ['video', 'camera', anaJoin.self.peerId],
    ]);
    expect((await joinedSeen).displayName).toBe('Ben');
    // Ana learns of Ben's two producers as they become visible.
    await until('producer:added x2', () => ana.events.filter((e) => e.event === 'producer:added').length === 2);

    const { consumer } = await ben.call('consumer:create', { transportId: ben.recvTransportId, producerId: ana.cameraId });
    expect(consumer).toMatchObject({ kind: 'video', type: 'simulcast', peerId: anaJoin.self.peerId, producerId: ana.cameraId });
    const media = server.rooms.list()[0]!.participants.get(benJoin.self.peerId)!.media!;
    expect(media.consumer(consumer.id).paused).toBe(true);
    await ben.call('consumer:resume', { consumerId: consumer.id });
    expect(media.consumer(consumer.id).paused).toBe(false);
    await ben.consume(ana.micId!);
    expect(media.counts()).toEqual({ transports: 2, producers: 2, consumers: 2 });

    // Ana leaves: Ben sees her go and loses his consumers of her media.
    const left = ben.next('peer:left');
    await ana.call('room:leave', {});
    expect((await left).peerId).toBe(anaJoin.self.peerId);
    await until('consumers closed', () => ben.events.filter((e) => e.event === 'consumer:closed').length === 2);
    expect(media.counts().consumers).toBe(0);
    expect(await workerObjectCounts(server)).toEqual({ routers: 1, transports: 2 });

    await ben.call('room:leave', {});
    expect(await workerObjectCounts(server)).toEqual({ routers: 0, transports: 0 });
    expect(server.rooms.list()).toEqual([]);
  });

  it('creates paused consumers of everything visible at join when given a receive transport, video first', async () => {
    const ana = await prepare(undefined, { name: 'Ana' });
    const anaJoin = await ana.join();
    const ben = await prepare(undefined, { name: 'Ben' });
    const benJoin = await ben.call('room:join', { rtpCapabilities: ben.prepared.routerRtpCapabilities, recvTransportId: ben.recvTransportId });
    expect(benJoin.consumers.map((c) => [c.kind, c.producerId, c.peerId])).toEqual([
      ['video', ana.cameraId, anaJoin.self.peerId],
      ['audio', ana.micId, anaJoin.self.peerId],
    ]);
    const media = server.rooms.list()[0]!.participants.get(benJoin.self.peerId)!.media!;
    expect(benJoin.consumers.every((c) => media.consumer(c.id).paused)).toBe(true);
    // Consuming the same producer again is a conflict, not a second consumer.
    expect(await ben.request('consumer:create', { transportId: ben.recvTransportId, producerId: ana.micId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a join naming a send transport as the receive transport, and stays unjoined', async () => {
    const ben = await prepare(undefined, { name: 'Ben' });
    const ack = await ben.request('room:join', { rtpCapabilities: ben.prepared.routerRtpCapabilities, recvTransportId: ben.sendTransportId });
    expect(ack).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect([...server.rooms.list()[0]!.participants.values()].some((p) => p.joined)).toBe(false);
  });

  it('hands a receive transport its warm-up data channel (SCTP), and a send transport none', async () => {
    const c = await prepare();
    const recv = await c.call('transport:create', { direction: 'recv' });
    const send = await c.call('transport:create', { direction: 'send' });
    expect(send.warmup).toBeUndefined();
    expect(send.transport.sctpParameters).toBeUndefined();
    expect(recv.transport.sctpParameters).toMatchObject({ port: 5000 });
    expect(recv.warmup).toMatchObject({ label: 'hearth-warmup', sctpStreamParameters: { streamId: expect.any(Number) as number } });
    const media = [...server.rooms.list()[0]!.participants.values()][0]!.media!;
    const transport = media.listTransports().find((t) => t.id === recv.transport.id)!;
    const dump = await transport.dump();
    expect(dump.dataConsumerIds).toEqual([recv.warmup!.id]);
  });

  it('keeps someone on the prejoin screen invisible until they join', async () => {
    const lurker = await prepare();
    const ben = await prepare(undefined, { name: 'Ben' });
    const benJoin = await ben.join();
    expect(benJoin.peers).toEqual([]);
    expect(benJoin.producers).toEqual([]);
    expect(ben.events.filter((e) => e.event === 'producer:added')).toEqual([]);
    // And the lurker hears nothing from the room either.
    await new Promise((r) => setTimeout(r, 100));
    expect(lurker.events).toEqual([]);
  });

  it('closes everything a dropped connection owned', async () => {
    const ana = await prepare(undefined, { name: 'Ana' });
    await ana.join();
    const ben = await prepare(undefined, { name: 'Ben' });
    await ben.join();
    await ben.consume(ana.cameraId!);
    expect(await workerObjectCounts(server)).toEqual({ routers: 1, transports: 4 });
    ana.socket.disconnect();
    ben.socket.disconnect();
    await until('router closed', async () => (await workerObjectCounts(server)).routers === 0);
    expect(await workerObjectCounts(server)).toEqual({ routers: 0, transports: 0 });
  });

  it('broadcasts mic pause and resume and pauses the producer in mediasoup', async () => {
    const ana = await prepare(undefined, { name: 'Ana' });
    const anaJoin = await ana.join();
    const ben = await prepare(undefined, { name: 'Ben' });
    await ben.join();
    const paused = ben.next('producer:paused');
    await ana.call('producer:pause', { producerId: ana.micId });
    expect(await paused).toEqual({ producerId: ana.micId, peerId: anaJoin.self.peerId });
    const producer = server.rooms.list()[0]!.participants.get(anaJoin.self.peerId)!.media!.producer(ana.micId!);
    expect(producer.paused).toBe(true);
    const resumed = ben.next('producer:resumed');
    await ana.call('producer:resume', { producerId: ana.micId });
    await resumed;
    expect(producer.paused).toBe(false);
  });

  it('audio-only mode pauses incoming video on the server and leaves audio alone', async () => {
    const ana = await prepare(undefined, { name: 'Ana' });
    await ana.join();
    const ben = await prepare(undefined, { name: 'Ben' });
    const benJoin = await ben.join();
    const video = await ben.consume(ana.cameraId!);
    const audio = await ben.consume(ana.micId!);
    const media = server.rooms.list()[0]!.participants.get(benJoin.self.peerId)!.media!;
    await ben.call('peer:audioOnly', { enabled: true });
    expect(media.consumer(video).paused).toBe(true);
    expect(media.consumer(audio).paused).toBe(false);
    expect(ben.events).toContainEqual({ event: 'consumer:paused', payload: { consumerId: video } });
    await ben.call('peer:audioOnly', { enabled: false });
    expect(media.consumer(video).paused).toBe(false);
  });

  it('picks the simulcast layer from the tile size the viewer reports', async () => {
    const ana = await prepare(undefined, { name: 'Ana' });
    await ana.join();
    const ben = await prepare(undefined, { name: 'Ben' });
    const benJoin = await ben.join();
    const video = await ben.consume(ana.cameraId!);
    const consumer = server.rooms.list()[0]!.participants.get(benJoin.self.peerId)!.media!.consumer(video);
    expect(consumer.preferredLayers?.spatialLayer).toBe(2);
    await ben.call('consumer:viewport', { consumerId: video, width: 320, height: 180 });
    expect(consumer.preferredLayers?.spatialLayer).toBe(0);
    await ben.call('consumer:viewport', { consumerId: video, width: 640, height: 360 });
    expect(consumer.preferredLayers?.spatialLayer).toBe(1);
  });
});
