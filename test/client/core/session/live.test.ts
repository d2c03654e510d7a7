import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../../client/core/errors';
import { MAX_CHAT_MESSAGES, REACTION_MS, TOAST_MS } from '../../../../client/core/session/controls';
import type { ChatMessage } from '../../../../shared/protocol';
import { settle } from '../../fakes';
import { joinedLive, liveView, makeLiveSession, otherPeer, sendView, SERVER_TIME, waitingView } from '../../session/harness';

const self = { peerId: 'me', displayName: 'Robin', role: 'member' as const, joinedAt: 10 };

describe('RoomSession waiting room', () => {
  it('waits when the join answers place "waiting", then enters the room on room:entered', async () => {
    const { session, signalling, media } = makeLiveSession();
    signalling.responders['room:join'] = () => ({ place: 'waiting' as const, self, peers: [], producers: [], consumers: [] });
    await settle();
    session.join();
    await settle();
    expect(session.state.get()).toMatchObject({ phase: 'waiting', peers: {}, connection: { type: 'connected' } });
    expect(session.state.get().guidelines).toBe('Be kind.\nWhat is said here stays here.');
    sendView(signalling, waitingView(true));
    expect(session.state.get().session).toEqual(waitingView(true));
    // Invisible while waiting: room events are not ours.
    signalling.emit('peer:joined', { peerId: 'p-x', displayName: 'X', role: 'member', joinedAt: 1 });
    expect(session.state.get().peers).toEqual({});

    const sam = otherPeer(signalling, 'p-sam', 'Sam');
    signalling.emit('room:entered', { place: 'room', self, peers: [sam.peer], producers: sam.producers, consumers: [] });
    await settle();
    const state = session.state.get();
    expect(state.phase).toBe('joined');
    expect(state.peers['p-sam']?.camera?.consumer).not.toBeNull();
    expect(media.consumers).toHaveLength(2);
    expect(signalling.count('room:join')).toBe(1);
  });

  it('after a dropped connection while waiting, joins again and waits again', async () => {
    const { session, signalling } = makeLiveSession();
    signalling.responders['room:join'] = () => ({ place: 'waiting' as const, self, peers: [], producers: [], consumers: [] });
    await settle();
    session.join();
    await settle();
    signalling.setStatus('lost');
    expect(session.state.get().connection).toEqual({ type: 'reconnecting' });
    signalling.setStatus('connected');
    await settle();
    expect(signalling.count('room:join')).toBe(2);
    expect(session.state.get()).toMatchObject({ phase: 'waiting', connection: { type: 'connected' } });
  });

  it('sent_to_waiting: back to waiting, everyone\'s media dropped, own media kept ready', async () => {
    const { session, signalling, media } = makeLiveSession();
    const sam = otherPeer(signalling, 'p-sam', 'Sam');
    signalling.responders['room:join'] = () => ({ place: 'room' as const, self, peers: [sam.peer], producers: sam.producers, consumers: [] });
    await settle();
    session.join();
    await settle();
    signalling.emit('chat:message', message('m1', 'p-sam', 'hello'));
    signalling.emit('session:notice', { kind: 'sent_to_waiting' });
    const state = session.state.get();
    expect(state).toMatchObject({ phase: 'waiting', peers: {}, chat: [], activeSpeaker: null });
    expect(media.consumers.every((c) => c.closed)).toBe(true);
    expect(media.liveProducer('mic')?.closed).toBe(false);
  });

  it('enters the room after a reconnect when the server says so', async () => {
    const { session, signalling } = makeLiveSession();
    let place: 'room' | 'waiting' = 'waiting';
    signalling.responders['room:join'] = () => ({ place, self, peers: [], producers: [], consumers: [] });
    await settle();
    session.join();
    await settle();
    place = 'room';
    signalling.setStatus('lost');
    signalling.setStatus('connected');
    await settle();
    expect(session.state.get().phase).toBe('joined');
  });
});

describe('RoomSession notices that end the session', () => {
  it.each([
    [{ kind: 'declined' as const, message: 'Please come back next week' }, 'The facilitator could not let you in this time: Please come back next week'],
    [{ kind: 'declined' as const, message: '' }, 'The facilitator could not let you in this time.'],
    [{ kind: 'removed' as const, blocked: false }, 'A facilitator asked you to leave this session.'],
    [{ kind: 'removed' as const, blocked: true }, 'will not be able to rejoin it today'],
    [{ kind: 'replaced' as const }, 'You joined from another tab or device'],
  ])('%o → left with a kind message, camera and mic off', async (notice, text) => {
    const { session, signalling, local, media } = await joinedLive();
    const tracks = [local.track('mic'), local.track('camera')];
    signalling.emit('session:notice', notice);
    const state = session.state.get();
    expect(state.phase).toBe('left');
    expect(state.notice).toContain(text);
    expect(tracks.every((t) => t?.readyState === 'ended')).toBe(true);
    expect(media.transportsClosed).toHaveLength(2);
    // Late events after we left are ignored.
    signalling.emit('session:notice', { kind: 'your_turn', endsAt: 1 });
    expect(session.state.get().prompt).toBeNull();
  });
});

describe('RoomSession server-enforced mute', () => {
  it('muted_by_facilitator: shows the mic off with a notice that fades, without asking the server', async () => {
    const { session, signalling, local, timers } = await joinedLive();
    signalling.emit('session:notice', { kind: 'muted_by_facilitator', source: 'mic' });
    expect(local.state.get().micOn).toBe(false);
    expect(session.state.get().toast?.text).toBe('Muted by the facilitator');
    timers.advance(TOAST_MS);
    expect(session.state.get().toast).toBeNull();
  });

  it('own producer paused by the server: mic shown off, paused locally, never resumed by the client', async () => {
    const { session, signalling, local, media } = await joinedLive();
    const mic = media.liveProducer('mic')!;
    signalling.emit('producer:paused', { producerId: mic.id, peerId: 'me' });
    await settle();
    expect(local.state.get().micOn).toBe(false);
    expect(mic.paused).toBe(true);
    expect(signalling.count('producer:pause')).toBe(0);
    expect(signalling.count('producer:resume')).toBe(0);
    expect(session.state.get().connection).toEqual({ type: 'connected' });
  });

  it('camera stopped by the server: camera shown off and its light goes out', async () => {
    const { signalling, local, media } = await joinedLive();
    const cam = media.liveProducer('camera')!;
    const track = local.track('camera');
    signalling.emit('producer:paused', { producerId: cam.id, peerId: 'me' });
    await settle();
    expect(local.state.get().cameraOn).toBe(false);
    expect(track?.readyState).toBe('ended');
    expect(cam.paused).toBe(true);
  });

  it('producer:create answered paused: the toggle shows off and the producer stays paused', async () => {
    const { session, signalling, local, media } = makeLiveSession();
    // The server keeps the mic paused (say, muted by the facilitator before a reconnect).
    signalling.responders['producer:create'] = (p: { kind: string }) => ({ producerId: `kept-${p.kind}`, paused: p.kind === 'audio' });
    await settle();
    expect(local.state.get().micOn).toBe(false);
    expect(local.state.get().cameraOn).toBe(true);
    expect(media.liveProducer('mic')?.paused).toBe(true);
    expect(signalling.count('producer:resume')).toBe(0);
    expect(session.state.get().mediaReady).toBe(true);
  });

  it('a refused resume turns the toggle back off, shows why, and keeps the session', async () => {
    const { session, signalling, local, media } = await joinedLive();
    await session.toggleMic();
    signalling.responders['producer:resume'] = () => {
      throw new RequestError('producer:resume', 'conflict', 'someone else holds the talking stick');
    };
    await session.toggleMic();
    await settle();
    expect(local.state.get().micOn).toBe(false);
    expect(media.liveProducer('mic')?.paused).toBe(true);
    expect(session.state.get().toast?.text).toBe('Someone else holds the talking stick.');
    expect(session.state.get().connection).toEqual({ type: 'connected' });
    expect(signalling.count('room:prepare')).toBe(1);
  });

  it('does not ask to unmute while the view says muted by the facilitator, and says why', async () => {
    const { session, signalling, local } = await joinedLive({ micOn: false });
    sendView(signalling, liveView({ you: { mutedBy: { mic: true, camera: false } } }));
    await session.setMicOn(true);
    expect(local.state.get().micOn).toBe(false);
    expect(signalling.count('producer:resume')).toBe(0);
    expect(session.state.get().toast?.text).toContain('Muted by the facilitator');
  });

  it('ask_to_unmute prompts the member and never unmutes by itself; Unmute then resumes', async () => {
    const { session, signalling, local } = await joinedLive({ micOn: false });
    signalling.emit('session:notice', { kind: 'ask_to_unmute', source: 'mic' });
    await settle();
    expect(session.state.get().prompt).toEqual({ kind: 'ask_to_unmute', source: 'mic' });
    expect(local.state.get().micOn).toBe(false);
    expect(signalling.count('producer:resume')).toBe(0);
    await session.setMicOn(true);
    expect(session.state.get().prompt).toBeNull();
    expect(signalling.count('producer:resume')).toBe(1);
  });
});

describe('RoomSession talking stick', () => {
  it('your_turn prompts; Unmute works before the view names us the speaker; turn_over closes the prompt', async () => {
    const { session, signalling } = await joinedLive({ micOn: false });
    sendView(signalling, liveView({ settings: { ...liveView().settings, floor: 'stick' }, stick: { speaker: 'sam', displayName: 'Sam', endsAt: 1, awaitingConfirm: false } }));
    signalling.emit('session:notice', { kind: 'your_turn', endsAt: SERVER_TIME + 60_000 });
    expect(session.state.get().prompt).toEqual({ kind: 'your_turn', endsAt: SERVER_TIME + 60_000 });
    await session.setMicOn(true);
    expect(signalling.count('producer:resume')).toBe(1);
    signalling.emit('session:notice', { kind: 'your_turn', endsAt: SERVER_TIME + 60_000 });
    signalling.emit('session:notice', { kind: 'turn_over' });
    expect(session.state.get().prompt).toBeNull();
  });

  it('passTurn sends stick:pass and closes the prompt', async () => {
    const { session, signalling } = await joinedLive();
    signalling.emit('session:notice', { kind: 'your_turn', endsAt: SERVER_TIME + 60_000 });
    await session.passTurn();
    expect(signalling.payloads('stick:pass')).toEqual([{}]);
    expect(session.state.get().prompt).toBeNull();
  });

  it('keeps the offset between the server clock and ours', async () => {
    const { session, clock } = makeLiveSession({ wallClock: SERVER_TIME - 5_000 });
    await settle();
    expect(session.state.get().serverOffset).toBe(5_000);
    clock.now += 1_000;
    expect(session.serverNow()).toBe(SERVER_TIME + 1_000);
  });
});

describe('RoomSession act', () => {
  it('sends a control and resolves when the server accepts it', async () => {
    const { session, signalling } = await joinedLive();
    await session.act('hand:raise', {});
    expect(signalling.payloads('hand:raise')).toEqual([{}]);
  });

  it('on refusal shows the server\'s reason and rejects with it (quiet: no toast)', async () => {
    const { session, signalling } = await joinedLive();
    signalling.responders['hand:raise'] = () => {
      throw new RequestError('hand:raise', 'conflict', 'your hand is already up');
    };
    await expect(session.act('hand:raise', {})).rejects.toThrow('Your hand is already up.');
    expect(session.state.get().toast?.text).toBe('Your hand is already up.');
    session.dismissToast();
    await expect(session.act('hand:raise', {}, { quiet: true })).rejects.toMatchObject({ code: 'conflict' });
    expect(session.state.get().toast).toBeNull();
    expect(session.state.get().connection).toEqual({ type: 'connected' });
  });

  it('a role change is announced', async () => {
    const { session, signalling } = await joinedLive();
    signalling.emit('session:notice', { kind: 'role_changed', role: 'co_facilitator' });
    expect(session.state.get().toast?.text).toBe('You are now a co-facilitator for this session.');
  });
});

function message(messageId: string, peerId: string, text: string, sentAt = 1): ChatMessage {
  return { messageId, from: { peerId, displayName: peerId }, to: 'room', text, sentAt };
}

describe('RoomSession chat and reactions', () => {
  it('history replaces, messages append once, deletions remove, and the list is capped', async () => {
    const { session, signalling } = await joinedLive();
    signalling.emit('chat:history', { messages: [message('a', 'sam', 'hi')] });
    signalling.emit('chat:message', message('b', 'ash', 'hello'));
    signalling.emit('chat:message', message('b', 'ash', 'hello'));
    expect(session.state.get().chat.map((m) => m.messageId)).toEqual(['a', 'b']);
    signalling.emit('chat:deleted', { messageId: 'a' });
    expect(session.state.get().chat.map((m) => m.messageId)).toEqual(['b']);
    for (let i = 0; i < MAX_CHAT_MESSAGES + 5; i += 1) signalling.emit('chat:message', message(`m${i}`, 'sam', 'x'));
    expect(session.state.get().chat).toHaveLength(MAX_CHAT_MESSAGES);
    expect(session.state.get().chat.at(-1)?.messageId).toBe(`m${MAX_CHAT_MESSAGES + 4}`);
  });

  it('sends chat, deletes and reacts through their events', async () => {
    const { session, signalling } = await joinedLive();
    await session.sendChat('thank you all', 'facilitators');
    await session.deleteChat('m-1');
    await session.react('heart');
    expect(signalling.payloads('chat:send')).toEqual([{ text: 'thank you all', to: 'facilitators' }]);
    expect(signalling.payloads('chat:delete')).toEqual([{ messageId: 'm-1' }]);
    expect(signalling.payloads('reaction:send')).toEqual([{ reaction: 'heart' }]);
  });

  it('shows a reaction on the sender for a few seconds; a new one restarts the time', async () => {
    const { session, signalling, timers } = await joinedLive();
    signalling.emit('reaction', { peerId: 'sam', reaction: 'relate' });
    expect(session.state.get().reactions.sam?.reaction).toBe('relate');
    timers.advance(REACTION_MS - 1000);
    signalling.emit('reaction', { peerId: 'sam', reaction: 'thanks' });
    timers.advance(1000);
    expect(session.state.get().reactions.sam?.reaction).toBe('thanks');
    timers.advance(REACTION_MS);
    expect(session.state.get().reactions).toEqual({});
  });
});
