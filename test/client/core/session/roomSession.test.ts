import { describe, expect, it } from 'vitest';
import { LocalMedia } from '../../../../client/core/media/localMedia';
import { RequestError } from '../../../../client/core/errors';
import { RoomSession } from '../../../../client/core/session/roomSession';
import { FakeMediaDevices, FakeSignalling, ManualTimers, settle, StubMedia } from '../../fakes';
import type { ConsumerOptions, PeerView } from '../../../../shared/protocol';

function makeSession(opts: { micOn?: boolean; cameraOn?: boolean; devices?: FakeMediaDevices } = {}) {
  const signalling = new FakeSignalling();
  const media = new StubMedia();
  const devices = opts.devices ?? new FakeMediaDevices();
  const timers = new ManualTimers();
  const local = new LocalMedia(devices, {
    micOn: opts.micOn ?? true,
    cameraOn: opts.cameraOn ?? true,
    micDeviceId: null,
    cameraDeviceId: null,
  });
  let clock = 100;
  const session = new RoomSession('kfr-wqpz-mtd', {
    signalling,
    loadDevice: media.loadDevice,
    local,
    timers,
    now: () => (clock += 1),
  });
  return { session, signalling, media, devices, timers, local };
}

/** Another member with a mic and a camera, as the server would describe them. */
function otherPeer(signalling: FakeSignalling, peerId: string, name: string) {
  const mic = { producerId: `${peerId}-mic`, peerId, kind: 'audio' as const, source: 'mic' as const, paused: false };
  const cam = { producerId: `${peerId}-cam`, peerId, kind: 'video' as const, source: 'camera' as const, paused: false };
  signalling.producerOwners.set(mic.producerId, { peerId, kind: 'audio' });
  signalling.producerOwners.set(cam.producerId, { peerId, kind: 'video' });
  return { peer: { peerId, displayName: name, role: 'member' as const, joinedAt: 5 }, producers: [mic, cam] };
}

/** The server's answer to our room:join: in the room as Robin, with these people, their producers and the consumers it made. */
function inTheRoom(others: ReturnType<typeof otherPeer>[], consumers: ConsumerOptions[] = [], alsoListed: PeerView[] = []) {
  return () => ({
    place: 'room' as const,
    self: { peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 10 },
    peers: [...others.map((o) => o.peer), ...alsoListed],
    producers: others.flatMap((o) => o.producers),
    consumers,
  });
}

describe('RoomSession prejoin', () => {
  it('connects, prepares the room, creates both transports and produces mic and camera before join', async () => {
    const { session, signalling, media } = makeSession();
    await settle();
    expect(signalling.payloads('room:prepare')).toEqual([{ roomId: 'kfr-wqpz-mtd' }]);
    expect(signalling.payloads('transport:create')).toEqual(expect.arrayContaining([{ direction: 'send' }, { direction: 'recv' }]));
    const created = signalling.payloads('producer:create') as Array<{ source: string; kind: string; paused: boolean }>;
    expect(created.map((p) => [p.source, p.kind, p.paused]).sort()).toEqual([
      ['camera', 'video', false],
      ['mic', 'audio', false],
    ]);
    expect(media.devicesLoaded).toBe(1);
    expect(signalling.count('room:join')).toBe(0);
    expect(session.state.get()).toMatchObject({ phase: 'prejoin', mediaReady: true, connection: { type: 'connected' } });
  });

  it('produces the mic paused when it was turned off before media was ready, and skips a camera that is off', async () => {
    const { signalling } = makeSession({ micOn: false, cameraOn: false });
    await settle();
    const created = signalling.payloads('producer:create') as Array<{ source: string; paused: boolean }>;
    expect(created).toEqual([expect.objectContaining({ source: 'mic', paused: true })]);
  });

  it('lets the member join with mic and camera off when permission is denied', async () => {
    const devices = new FakeMediaDevices();
    devices.fail = { audio: 'NotAllowedError', video: 'NotAllowedError' };
    const { session, signalling, local } = makeSession({ devices });
    await settle();
    expect(local.state.get()).toMatchObject({ mic: { type: 'placeholder', reason: 'denied' }, micOn: false, cameraOn: false });
    expect(signalling.count('producer:create')).toBe(0);
    session.join();
    await settle();
    expect(session.state.get().phase).toBe('joined');
  });
});

describe('RoomSession join', () => {
  it('shows the name and role the server gave on the prejoin screen, and joins without sending a name', async () => {
    const { session, signalling } = makeSession();
    await settle();
    expect(session.state.get().you).toEqual({ displayName: 'Robin', role: 'member' });
    session.join();
    await settle();
    expect(signalling.payloads('room:join')[0]).not.toHaveProperty('displayName');
  });

  it('joins, consumes every other producer (not its own), attaches tracks and resumes consumers', async () => {
    const { session, signalling, media } = makeSession();
    const sam = otherPeer(signalling, 'p-sam', 'Sam');
    signalling.responders['room:join'] = inTheRoom([sam], [], [{ peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 10 }]);
    await settle();
    session.join();
    await settle();
    expect(signalling.payloads('room:join')).toEqual([{ rtpCapabilities: expect.any(Object), recvTransportId: expect.any(String) }]);
    const state = session.state.get();
    expect(state.phase).toBe('joined');
    expect(session.peerId).toBe('me');
    expect(Object.keys(state.peers)).toEqual(['p-sam']);
    expect(state.peers['p-sam']?.camera?.consumer?.track).toBe(media.consumers.find((c) => c.kind === 'video')?.track);
    expect(state.peers['p-sam']?.mic?.consumer).not.toBeNull();
    expect(signalling.count('consumer:create')).toBe(2);
    const resumed = (signalling.payloads('consumer:resume') as Array<{ consumerId: string }>).map((p) => p.consumerId).sort();
    expect(resumed).toEqual(media.consumers.map((c) => c.id).sort());
    expect(session.timings.joinClicked).toBeLessThan(session.timings.joined ?? 0);
  });

  it('adopts the consumers the server made at join: no consumer:create, all resumed, tracks attached', async () => {
    const { session, signalling, media } = makeSession();
    const sam = otherPeer(signalling, 'p-sam', 'Sam');
    // The server could make only the camera consumer; the mic must still be consumed.
    signalling.responders['room:join'] = inTheRoom([sam], [signalling.consumerFor(sam.producers[1]!.producerId)]);
    await settle();
    session.join();
    await settle();
    const state = session.state.get();
    expect(state.peers['p-sam']?.camera?.consumer?.track).toBe(media.consumers.find((c) => c.kind === 'video')?.track);
    expect(state.peers['p-sam']?.mic?.consumer).not.toBeNull();
    expect(signalling.payloads('consumer:create')).toEqual([{ transportId: expect.any(String), producerId: sam.producers[0]!.producerId }]);
    const resumed = (signalling.payloads('consumer:resume') as Array<{ consumerId: string }>).map((p) => p.consumerId).sort();
    expect(resumed).toEqual(media.consumers.map((c) => c.id).sort());
  });

  it('marks each step of the first join in order (the breakdown of the P2 benchmark)', async () => {
    const { session, signalling } = makeSession();
    const sam = otherPeer(signalling, 'p-sam', 'Sam');
    signalling.responders['room:join'] = inTheRoom([sam], sam.producers.map((p) => signalling.consumerFor(p.producerId)));
    await settle();
    session.join();
    await settle();
    const t = session.timings;
    const order = [t.joinClicked, t.joinAnswered, t.joined, t.consumersBuilt, t.consumersResumed];
    expect(order.every((v) => v !== undefined)).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x! - y!));
    expect(new Set(order).size).toBe(order.length);
    expect(t.firstRemotePacket).toBeDefined(); // the stub's track is never muted
  });

  it('joins as soon as setup finishes when Join was clicked early', async () => {
    const { session, signalling } = makeSession();
    session.join();
    expect(session.state.get().phase).toBe('joining');
    await settle();
    expect(signalling.count('room:join')).toBe(1);
    expect(session.state.get().phase).toBe('joined');
  });

  it('goes back to the prejoin screen with a message when the server refuses the join', async () => {
    const { session, signalling } = makeSession();
    signalling.responders['room:join'] = () => {
      throw new RequestError('room:join', 'conflict', 'the room is full');
    };
    await settle();
    session.join();
    await settle();
    expect(session.state.get()).toMatchObject({ phase: 'prejoin', notice: 'the room is full' });
  });

  it('reports inbound stats per consumer with its peer', async () => {
    const { session, signalling } = makeSession();
    const sam = otherPeer(signalling, 'p-sam', 'Sam');
    signalling.responders['room:join'] = () => ({ place: 'room' as const, self: { peerId: 'me', displayName: 'R', role: 'member' as const, joinedAt: 1 }, peers: [sam.peer], producers: sam.producers, consumers: [] });
    await settle();
    session.join();
    await settle();
    const stats = await session.inboundStats();
    expect(stats).toHaveLength(2);
    expect(stats.find((s) => s.kind === 'video')).toMatchObject({ peerId: 'p-sam', producerId: 'p-sam-cam', framesDecoded: 5 });
  });
});

async function joined(opts: Parameters<typeof makeSession>[0] = {}) {
  const ctx = makeSession(opts);
  await settle();
  ctx.session.join();
  await settle();
  return ctx;
}

describe('RoomSession room events', () => {
  it('adds a new peer and consumes their producer; removes them and closes consumers when they leave', async () => {
    const { session, signalling, media } = await joined();
    const sam = otherPeer(signalling, 'p-sam', 'Sam');
    signalling.emit('peer:joined', sam.peer);
    signalling.emit('producer:added', sam.producers[1]!);
    await settle();
    expect(session.state.get().peers['p-sam']?.camera?.consumer).not.toBeNull();
    signalling.emit('producer:added', sam.producers[1]!); // duplicate event: no second consumer
    await settle();
    expect(signalling.count('consumer:create')).toBe(1);
    signalling.emit('peer:left', { peerId: 'p-sam' });
    expect(session.state.get().peers['p-sam']).toBeUndefined();
    expect(media.consumers[0]?.closed).toBe(true);
  });

  it('tracks producer pause (muted / camera off), consumer pause, closure, speaker and levels', async () => {
    const { session, signalling } = makeSession();
    const sam = otherPeer(signalling, 'p-sam', 'Sam');
    signalling.responders['room:join'] = () => ({ place: 'room' as const, self: { peerId: 'me', displayName: 'R', role: 'member' as const, joinedAt: 1 }, peers: [sam.peer], producers: sam.producers, consumers: [] });
    await settle();
    session.join();
    await settle();
    signalling.emit('producer:paused', { producerId: 'p-sam-mic', peerId: 'p-sam' });
    expect(session.state.get().peers['p-sam']?.mic?.producerPaused).toBe(true);
    signalling.emit('producer:resumed', { producerId: 'p-sam-mic', peerId: 'p-sam' });
    expect(session.state.get().peers['p-sam']?.mic?.producerPaused).toBe(false);
    const camConsumer = session.state.get().peers['p-sam']?.camera?.consumer?.id ?? '';
    signalling.emit('consumer:paused', { consumerId: camConsumer });
    expect(session.state.get().peers['p-sam']?.camera?.consumer?.paused).toBe(true);
    signalling.emit('consumer:closed', { consumerId: camConsumer });
    expect(session.state.get().peers['p-sam']?.camera?.consumer).toBeNull();
    signalling.emit('speaker:active', { peerId: 'p-sam' });
    expect(session.state.get().activeSpeaker).toBe('p-sam');
    signalling.emit('audio:levels', { levels: [{ peerId: 'p-sam', volume: -30 }] });
    expect(session.levels.get()).toEqual({ 'p-sam': -30 });
  });

  it('ignores room events on the prejoin screen', async () => {
    const { session, signalling } = makeSession();
    await settle();
    signalling.emit('peer:joined', { peerId: 'p-x', displayName: 'X', role: 'member' as const, joinedAt: 1 });
    expect(session.state.get().peers).toEqual({});
  });
});

describe('RoomSession mic and camera', () => {
  it('pauses and resumes the mic producer locally and on the server', async () => {
    const { session, signalling, media } = await joined();
    const mic = media.liveProducer('mic')!;
    await session.toggleMic();
    expect(mic.paused).toBe(true);
    expect(signalling.payloads('producer:pause')).toEqual([{ producerId: mic.id }]);
    await session.toggleMic();
    expect(mic.paused).toBe(false);
    expect(signalling.payloads('producer:resume')).toEqual([{ producerId: mic.id }]);
  });

  it('camera off pauses and stops the track; camera on gets a new track, replaces it and resumes', async () => {
    const { session, signalling, media, local } = await joined();
    const cam = media.liveProducer('camera')!;
    const firstTrack = cam.track!;
    await session.toggleCamera();
    expect(cam.paused).toBe(true);
    expect(signalling.payloads('producer:pause')).toEqual([{ producerId: cam.id }]);
    expect(firstTrack.readyState).toBe('ended');
    expect(local.state.get().camera).toEqual({ type: 'placeholder', reason: 'off' });
    await session.toggleCamera();
    expect(cam.track).not.toBe(firstTrack);
    expect(cam.track?.readyState).toBe('live');
    expect(cam.paused).toBe(false);
    expect(signalling.payloads('producer:resume')).toEqual([{ producerId: cam.id }]);
  });

  it('produces the camera the first time it is turned on if it started off', async () => {
    const { session, signalling } = await joined({ cameraOn: false });
    expect(signalling.count('producer:create')).toBe(1);
    await session.toggleCamera();
    const created = signalling.payloads('producer:create') as Array<{ source: string; paused: boolean }>;
    expect(created.at(-1)).toMatchObject({ source: 'camera', paused: false });
  });

  it('switching devices replaces the producer track', async () => {
    const { session, media } = await joined();
    await session.selectDevice('camera', 'cam-2');
    expect(media.liveProducer('camera')?.track?.getSettings().deviceId).toBe('cam-2');
  });

  it('asks the server for audio-only mode', async () => {
    const { session, signalling } = await joined();
    await session.setAudioOnly(true);
    expect(signalling.payloads('peer:audioOnly')).toEqual([{ enabled: true }]);
    expect(session.state.get().audioOnly).toBe(true);
  });
});

describe('RoomSession recovery', () => {
  it('after a dropped socket, rebuilds media with the same tracks and joins again by itself', async () => {
    const { session, signalling, media, local } = await joined();
    const micTrack = local.track('mic');
    signalling.setStatus('lost');
    expect(session.state.get().connection).toEqual({ type: 'reconnecting' });
    expect(media.producers.every((p) => p.closed)).toBe(true);
    expect(micTrack?.readyState).toBe('live');
    signalling.setStatus('connected');
    await settle();
    expect(signalling.count('room:prepare')).toBe(2);
    expect(signalling.count('room:join')).toBe(2);
    expect(media.devicesLoaded).toBe(2);
    expect(media.liveProducer('mic')?.track).toBe(micTrack);
    expect(session.state.get()).toMatchObject({ phase: 'joined', connection: { type: 'connected' } });
  });

  it('on room:reconnect tears media down and runs prepare, produce and join again', async () => {
    const { session, signalling, media } = await joined();
    const before = media.producers.length;
    signalling.emit('room:reconnect', { reason: 'media_server_restarted' });
    await settle();
    expect(media.producers.slice(0, before).every((p) => p.closed)).toBe(true);
    expect(media.producers.length).toBe(before * 2);
    expect(signalling.count('room:join')).toBe(2);
    expect(session.state.get().phase).toBe('joined');
  });

  it('gives up on a hard error with a readable message, and Retry starts over', async () => {
    const { session, signalling } = makeSession();
    signalling.responders['room:prepare'] = () => {
      throw new RequestError('room:prepare', 'not_found', 'no such room');
    };
    await settle();
    expect(session.state.get().connection).toEqual({ type: 'failed', message: 'This room could not be found. Check the link and try again.' });
    signalling.responders['room:prepare'] = () => ({ routerRtpCapabilities: { codecs: [] }, you: { displayName: 'Robin', role: 'member' }, roomTitle: 'Tuesday circle', guidelines: null, serverTime: 1 });
    session.retry();
    await settle();
    expect(session.state.get().connection).toEqual({ type: 'connected' });
  });

  it('retries transient failures with backoff and fails after five attempts', async () => {
    const { session, signalling, timers } = makeSession();
    signalling.responders['room:prepare'] = () => {
      throw new RequestError('room:prepare', 'timeout', 'slow');
    };
    await settle();
    for (let i = 0; i < 4; i += 1) {
      expect(session.state.get().connection.type).toBe('connecting');
      timers.advance(5000);
      await settle();
    }
    expect(signalling.count('room:prepare')).toBe(5);
    expect(session.state.get().connection.type).toBe('failed');
  });

  it('shows a refused handshake as final, with the server\'s reason, and does not retry', async () => {
    const { session, signalling, timers } = await joined();
    signalling.setStatus('refused', 'you are no longer a member of this group');
    expect(session.state.get().connection).toEqual({ type: 'refused', message: 'you are no longer a member of this group' });
    timers.advance(60_000);
    await settle();
    expect(session.state.get().connection.type).toBe('refused');
  });

  it('shows failed when socket.io gives up reconnecting', async () => {
    const { session, signalling } = await joined();
    signalling.setStatus('lost');
    signalling.setStatus('failed');
    expect(session.state.get().connection.type).toBe('failed');
  });
});

describe('RoomSession leave', () => {
  it('when the server ends the session (removed from the group): leaves with the reason and turns camera and mic off', async () => {
    const { session, signalling, media, local } = await joined();
    const tracks = [local.track('mic'), local.track('camera')];
    signalling.emit('session:ended', { reason: 'removed' });
    await settle();
    expect(session.state.get()).toMatchObject({ phase: 'left', notice: expect.stringContaining('removed you') as string });
    expect(tracks.every((t) => t?.readyState === 'ended')).toBe(true);
    expect(media.transportsClosed).toHaveLength(2);
  });

  it('tells the server, closes transports, stops tracks and closes the socket', async () => {
    const { session, signalling, media, local } = await joined();
    const tracks = [local.track('mic'), local.track('camera')];
    await session.leave();
    expect(signalling.count('room:leave')).toBe(1);
    expect(media.transportsClosed).toHaveLength(2);
    expect(tracks.every((t) => t?.readyState === 'ended')).toBe(true);
    expect(signalling.closed).toBe(true);
    expect(session.state.get().phase).toBe('left');
  });
});
