import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../../client/core/errors';
import type { JoinResult } from '../../../../shared/protocol';
import { settle } from '../../fakes';
import { joinedLive, liveView, makeLiveSession, otherPeer, sendView } from '../../session/harness';

const self = { peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 10 };
const caps = { codecs: [] };

/** Robin in the main room with Sam; `space:enter` answers with b2, where Ash is. */
async function setupMove(opts: Parameters<typeof makeLiveSession>[0] = {}) {
  const ctx = makeLiveSession(opts);
  const sam = otherPeer(ctx.signalling, 'sam', 'Sam');
  const ash = otherPeer(ctx.signalling, 'ash', 'Ash');
  ctx.signalling.responders['room:join'] = () => ({ place: 'room' as const, self, peers: [sam.peer], producers: sam.producers, consumers: [] });
  const entry: JoinResult = { place: 'room', self, peers: [ash.peer], producers: ash.producers, consumers: [] };
  ctx.signalling.responders['space:enter'] = () => entry;
  await settle();
  ctx.session.join();
  await settle();
  return { ...ctx, sam, ash, entry };
}

describe('RoomSession: moving to a breakout', () => {
  it('keeps the tracks, drops the old room, opens new transports on the same Device, produces, then enters', async () => {
    const { session, signalling, media, local } = await setupMove();
    expect(Object.keys(session.state.get().peers)).toEqual(['sam']);
    const micTrack = local.track('mic');
    const camTrack = local.track('camera');
    const oldProducers = media.producers.filter((p) => !p.closed);
    const oldConsumers = [...media.consumers];
    const before = signalling.calls.length;

    signalling.emit('space:moved', { space: 'b2', routerRtpCapabilities: caps });
    // At once: calm "Moving…", nobody from the old room, no room view until the new one arrives.
    expect(session.state.get()).toMatchObject({ moving: { to: 'b2', name: '' }, peers: {}, activeSpeaker: null });
    signalling.emit('session:notice', { kind: 'breakout_opened', roomId: 'b2', name: 'Circle 2', topic: 'Sleep', endsAt: null });
    expect(session.state.get().moving).toEqual({ to: 'b2', name: 'Circle 2' });
    await settle();

    const after = signalling.calls.slice(before).map((c) => c.event);
    const enterAt = after.indexOf('space:enter');
    expect(after.filter((e) => e === 'transport:create')).toHaveLength(2);
    expect(after.filter((e) => e === 'producer:create')).toHaveLength(2);
    expect(after.lastIndexOf('producer:create')).toBeLessThan(enterAt);
    expect(after.lastIndexOf('transport:create')).toBeLessThan(after.indexOf('producer:create'));
    expect(after).not.toContain('room:prepare');
    expect(after).not.toContain('room:join');
    expect(media.devicesLoaded).toBe(1);

    const created = signalling.payloads('transport:create').length;
    expect(created).toBe(4);
    const enter = signalling.payloads('space:enter')[0] as { recvTransportId: string; rtpCapabilities: unknown };
    expect(enter.rtpCapabilities).toEqual(expect.objectContaining({ codecs: expect.any(Array) }));
    expect(media.transportsClosed).not.toContain(enter.recvTransportId);
    expect(media.transportsClosed).toHaveLength(2); // the old send and recv transports

    // Old producers and consumers closed locally; our tracks are the same live ones, sent again.
    expect(oldProducers.every((p) => p.closed)).toBe(true);
    expect(oldConsumers.every((c) => c.closed)).toBe(true);
    expect(local.track('mic')).toBe(micTrack);
    expect(local.track('camera')).toBe(camTrack);
    expect((micTrack as unknown as { readyState: string }).readyState).toBe('live');
    expect(media.liveProducer('mic')?.track).toBe(micTrack);
    expect(media.liveProducer('camera')?.track).toBe(camTrack);

    const state = session.state.get();
    expect(state).toMatchObject({ phase: 'joined', moving: null, connection: { type: 'connected' } });
    expect(Object.keys(state.peers)).toEqual(['ash']);
    expect(state.peers['ash']?.camera?.consumer).not.toBeNull();
    expect(state.peers['ash']?.mic?.consumer).not.toBeNull();
  });

  it('produces per the member\'s toggles, and shows the mic off when the new space holds it', async () => {
    const { session, signalling, local } = await setupMove();
    await session.setCameraOn(false);
    await settle();
    signalling.responders['producer:create'] = (p: { source: string }) => ({ producerId: `new-${p.source}`, paused: p.source === 'mic' });
    const before = signalling.payloads('producer:create').length;
    signalling.emit('space:moved', { space: 'b2', routerRtpCapabilities: caps });
    await settle();
    const created = signalling.payloads('producer:create').slice(before) as Array<{ source: string; paused: boolean }>;
    expect(created).toEqual([expect.objectContaining({ source: 'mic', paused: false })]);
    expect(local.state.get()).toMatchObject({ micOn: false, cameraOn: false });
    expect(session.state.get().phase).toBe('joined');
  });

  it('names the main room at once on the way back, and the rooms a facilitator knows from the overview', async () => {
    const { session, signalling } = await setupMove();
    signalling.emit('session:breakouts', {
      breakouts: { rooms: [{ id: 'b3', name: 'Garden', topic: '', helpAskedAt: null, people: [] }], endsAt: null, warned: false, plan: null },
    });
    signalling.emit('space:moved', { space: 'b3', routerRtpCapabilities: caps });
    expect(session.state.get().moving).toEqual({ to: 'b3', name: 'Garden' });
    await settle();
    signalling.emit('space:moved', { space: 'main', routerRtpCapabilities: caps });
    expect(session.state.get().moving).toEqual({ to: 'main', name: 'Main room' });
    await settle();
    expect(session.state.get().moving).toBeNull();
  });

  it('waits for the new space\'s room in full: the old room view goes, chat and prompts too', async () => {
    const { session, signalling } = await setupMove();
    sendView(signalling, liveView());
    signalling.emit('chat:message', { messageId: 'm1', from: { peerId: 'sam', displayName: 'Sam' }, to: 'room', text: 'hi', sentAt: 1 });
    signalling.emit('session:notice', { kind: 'your_turn', endsAt: 5 });
    expect(session.state.get().session).not.toBeNull();
    signalling.emit('space:moved', { space: 'b2', routerRtpCapabilities: caps });
    expect(session.state.get()).toMatchObject({ session: null, chat: [], prompt: null });
    signalling.emit('session:room', { queue: [] }); // a patch cannot stand alone
    expect(session.state.get().session).toBeNull();
    const breakout = { id: 'b2', name: 'Circle 2', topic: 'Sleep', endsAt: null, warned: false, allowReturn: true, helpAskedAt: null, visitors: [], hosts: [] };
    const { you: _you, ...room } = liveView();
    signalling.emit('session:room', { ...room, breakout });
    expect(session.state.get().session).toMatchObject({ breakout: { ...breakout, visiting: false, host: false } });
  });

  it('retries a failed entry into the new space (not a new prepare), then gets there', async () => {
    const { session, signalling, timers, entry } = await setupMove();
    let refusals = 1;
    signalling.responders['space:enter'] = () => {
      if (refusals-- > 0) throw new RequestError('space:enter', 'unavailable', 'the media server is busy');
      return entry;
    };
    signalling.emit('space:moved', { space: 'b2', routerRtpCapabilities: caps });
    await settle();
    expect(session.state.get()).toMatchObject({ connection: { type: 'reconnecting' }, moving: { to: 'b2' } });
    timers.advance(500);
    await settle();
    expect(signalling.count('space:enter')).toBe(2);
    expect(signalling.count('room:prepare')).toBe(1);
    expect(session.state.get()).toMatchObject({ connection: { type: 'connected' }, moving: null });
    expect(Object.keys(session.state.get().peers)).toEqual(['ash']);
  });

  it('a second move while entering wins: it enters only the last space', async () => {
    const { session, signalling } = await setupMove();
    signalling.emit('space:moved', { space: 'b2', routerRtpCapabilities: caps });
    signalling.emit('space:moved', { space: 'main', routerRtpCapabilities: caps });
    await settle();
    expect(session.state.get()).toMatchObject({ moving: null, connection: { type: 'connected' }, phase: 'joined' });
    expect(signalling.count('space:enter')).toBe(1);
  });

  it('after a dropped connection in a breakout, joins again from the start (the server puts us in main)', async () => {
    const { session, signalling, media } = await setupMove();
    signalling.emit('space:moved', { space: 'b2', routerRtpCapabilities: caps });
    await settle();
    signalling.setStatus('lost');
    signalling.setStatus('connected');
    await settle();
    expect(signalling.count('room:prepare')).toBe(2);
    expect(signalling.count('room:join')).toBe(2);
    expect(media.devicesLoaded).toBe(2);
    expect(session.state.get()).toMatchObject({ phase: 'joined', moving: null });
    expect(Object.keys(session.state.get().peers)).toEqual(['sam']);
  });

  it('ignores a move before joining', async () => {
    const { session, signalling } = makeLiveSession();
    await settle();
    signalling.emit('space:moved', { space: 'b2', routerRtpCapabilities: caps });
    await settle();
    expect(session.state.get().moving).toBeNull();
    expect(signalling.count('space:enter')).toBe(0);
  });
});

describe('RoomSession: breakout notices', () => {
  it('shows broadcasts, moves and the end of breakouts as toasts', async () => {
    const { session, signalling } = await joinedLive();
    signalling.emit('session:notice', { kind: 'breakout_broadcast', message: 'Five minutes left', from: 'Fern' });
    expect(session.state.get().toast?.text).toBe('From Fern: Five minutes left');
    signalling.emit('session:notice', { kind: 'breakout_moved', to: 'b4', name: 'Circle 4' });
    expect(session.state.get().toast?.text).toBe('A facilitator moved you to Circle 4.');
    signalling.emit('session:notice', { kind: 'breakout_moved', to: 'main', name: 'Main room' });
    expect(session.state.get().toast?.text).toBe('A facilitator brought you back to the main room.');
    signalling.emit('session:notice', { kind: 'breakout_closed' });
    expect(session.state.get().toast?.text).toBe('The breakouts are over. Welcome back to the main room.');
  });

  it('tells facilitators which room asked for help, with a button that goes there', async () => {
    const { session, signalling } = await joinedLive();
    signalling.emit('session:notice', { kind: 'help_asked', roomId: 'b2', name: 'Circle 2' });
    expect(session.state.get().toast).toMatchObject({ text: 'Circle 2 asked for help', action: { label: 'Go to Circle 2', visit: 'b2' } });
    await session.toastAction();
    expect(signalling.payloads('breakout:visit')).toEqual([{ to: 'b2' }]);
    expect(session.state.get().toast).toBeNull();
  });

  it('leaves the closing warning to the banner (the view says warned): no toast', async () => {
    const { session, signalling } = await joinedLive();
    signalling.emit('session:notice', { kind: 'breakout_closing', endsAt: 123 });
    expect(session.state.get().toast).toBeNull();
  });
});
