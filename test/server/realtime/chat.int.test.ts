// Chat and reactions over real socket.io against the real server: names come from the server,
// notes to the facilitators stay with them, moderation, history for newcomers, limits and bad input.
// "Did NOT receive" is proven with a barrier: a later message that every listener must get first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import type { ChatMessage, JoinResult } from '../../../shared/protocol';
import { seedGroup, type SeededGroup } from '../../helpers/access';
import { connectClient, type TestClient } from '../../helpers/client';
import { startTestServer } from '../../helpers/server';

type Role = 'member' | 'facilitator' | 'co_facilitator';
interface Person extends TestClient {
  joined: JoinResult;
  peerId: string;
}

let server: RunningServer;
let group: SeededGroup;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  group = await seedGroup(server); // waiting room off: members enter directly
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server.close();
});

async function connect(name: string, role: Role = 'member'): Promise<TestClient> {
  const { token, membershipId } = await group.addMember(name);
  if (role !== 'member') await server.store.memberships.setRole(group.groupId, membershipId, role);
  const c = await connectClient(server.url, token);
  clients.push(c);
  return c;
}

/** A person in the group's room (no media: chat needs none). */
async function enter(name: string, role: Role = 'member'): Promise<Person> {
  const c = await connect(name, role);
  const prepared = await c.call('room:prepare', { roomId: group.roomId });
  const joined = await c.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities });
  return { ...c, joined, peerId: joined.self.peerId };
}

const received = (c: TestClient, event: string) => c.events.filter((e) => e.event === event).map((e) => e.payload);
const texts = (c: TestClient) => (received(c, 'chat:message') as ChatMessage[]).map((m) => m.text);
const history = (c: TestClient) => {
  const all = received(c, 'chat:history') as Array<{ messages: ChatMessage[] }>;
  return all.at(-1)?.messages.map((m) => m.text);
};

/** Sends a room message from `from` and waits until every listener has it: anything sent before has arrived. */
async function barrier(from: Person, listeners: TestClient[]): Promise<void> {
  const seen = listeners.map((l) => l.next('chat:message'));
  await from.call('chat:send', { text: 'barrier', to: 'room' });
  await Promise.all(seen);
}

describe('chat in a live room', () => {
  it('delivers a member\'s message to everyone in the room, under the server\'s pseudonym, text as is', async () => {
    const fae = await enter('Fae', 'facilitator');
    const wren = await enter('Wren');
    const ash = await enter('Ash');
    const text = 'Hello all: see https://example.org/<b>x</b> ';
    const atFae = fae.next('chat:message');
    const atAsh = ash.next('chat:message');
    const atWren = wren.next('chat:message');
    const { messageId } = await wren.call('chat:send', { text, to: 'room' });
    const expected = { messageId, from: { peerId: wren.peerId, displayName: 'Wren' }, to: 'room', text: text.trim() };
    for (const m of await Promise.all([atFae, atAsh, atWren])) expect(m).toMatchObject(expected);
    expect(Math.abs((await atFae).sentAt - Date.now())).toBeLessThan(5000);
  });

  it('sends a note to the facilitators only to them and its sender', async () => {
    const fae = await enter('Fae', 'facilitator');
    const wren = await enter('Wren');
    const ash = await enter('Ash');
    const atFae = fae.next('chat:message');
    const atWren = wren.next('chat:message');
    const firstAtAsh = ash.next('chat:message');
    await wren.call('chat:send', { text: 'I may need to leave early', to: 'facilitators' });
    expect(await atFae).toMatchObject({ to: 'facilitators', text: 'I may need to leave early', from: { displayName: 'Wren' } });
    expect((await atWren).to).toBe('facilitators');
    await barrier(fae, [ash, wren]);
    expect((await firstAtAsh).text).toBe('barrier');
    expect(texts(ash)).toEqual(['barrier']);
  });

  it('lets a sender delete their own message, but not a member delete someone else\'s', async () => {
    const fae = await enter('Fae', 'facilitator');
    const wren = await enter('Wren');
    const ash = await enter('Ash');
    const { messageId } = await wren.call('chat:send', { text: 'mine', to: 'room' });
    const note = await wren.call('chat:send', { text: 'private', to: 'facilitators' });
    expect(await ash.request('chat:delete', { messageId })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
    // A note Ash cannot see does not exist for Ash.
    expect(await ash.request('chat:delete', { messageId: note.messageId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await ash.request('chat:delete', { messageId: 'no-such-message' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await barrier(fae, [wren, ash, fae]);
    for (const c of [fae, wren, ash]) expect(received(c, 'chat:deleted')).toEqual([]);

    const gone = [fae, wren, ash].map((c) => c.next('chat:deleted'));
    await wren.call('chat:delete', { messageId });
    expect(await Promise.all(gone)).toEqual([{ messageId }, { messageId }, { messageId }]);
  });

  it('lets a facilitator delete any message for everyone; a newcomer\'s history no longer has it', async () => {
    const fae = await enter('Fae', 'facilitator');
    const wren = await enter('Wren');
    const ash = await enter('Ash');
    const { messageId } = await wren.call('chat:send', { text: 'something unkind', to: 'room' });
    await wren.call('chat:send', { text: 'sorry', to: 'room' });
    const note = await wren.call('chat:send', { text: 'note', to: 'facilitators' });
    const gone = [fae, wren, ash].map((c) => c.next('chat:deleted'));
    await fae.call('chat:delete', { messageId });
    expect(await Promise.all(gone)).toEqual([{ messageId }, { messageId }, { messageId }]);
    expect(server.rooms.list()[0]!.chatIn('main').get(messageId)).toBeUndefined(); // gone from memory, not hidden
    // The note's deletion reaches only those who could see it.
    const noteGone = [fae, wren].map((c) => c.next('chat:deleted'));
    await fae.call('chat:delete', { messageId: note.messageId });
    await Promise.all(noteGone);
    await barrier(fae, [ash]);
    expect(received(ash, 'chat:deleted')).toEqual([{ messageId }]);

    const yew = await enter('Yew');
    expect(history(yew)).toEqual(['sorry', 'barrier']);
  });

  it('gives a newcomer the chat so far: room messages, plus notes to the facilitators if they facilitate', async () => {
    const fae = await enter('Fae', 'facilitator');
    const wren = await enter('Wren');
    expect(history(wren)).toEqual([]);
    await wren.call('chat:send', { text: 'hello', to: 'room' });
    await wren.call('chat:send', { text: 'just so you know', to: 'facilitators' });
    await fae.call('chat:send', { text: 'welcome', to: 'room' });

    const ash = await enter('Ash');
    expect(history(ash)).toEqual(['hello', 'welcome']);
    const cole = await enter('Cole', 'co_facilitator');
    expect(history(cole)).toEqual(['hello', 'just so you know', 'welcome']);
  });

  it('sends the history on admission from the waiting room, and nothing while waiting', async () => {
    const fae = await enter('Fae', 'facilitator');
    await fae.call('room:setWaitingRoom', { enabled: true });
    await fae.call('chat:send', { text: 'before', to: 'room' });
    const wren = await connect('Wren');
    const prepared = await wren.call('room:prepare', { roomId: group.roomId });
    const joined = await wren.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities });
    expect(joined.place).toBe('waiting');
    expect(await wren.request('chat:send', { text: 'let me in', to: 'room' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
    expect(await wren.request('reaction:send', { reaction: 'heart' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
    await fae.call('chat:send', { text: 'while waiting', to: 'room' });
    const entered = wren.next('room:entered');
    await fae.call('waiting:admit', { peerId: joined.self.peerId });
    await entered;
    expect(texts(wren)).toEqual([]);
    expect(history(wren)).toEqual(['before', 'while waiting']);
    // The history comes first (the client replaces its list with it), before the room itself.
    const order = wren.events.map((e) => e.event).filter((e) => e === 'chat:history' || e === 'room:entered');
    expect(order).toEqual(['chat:history', 'room:entered']);
    const atWren = wren.next('chat:message');
    await fae.call('chat:send', { text: 'welcome', to: 'room' });
    expect((await atWren).text).toBe('welcome');
  });

  it('refuses chat from someone on the prejoin screen or not in a room at all', async () => {
    await enter('Fae', 'facilitator');
    const lurker = await connect('Wren');
    expect(await lurker.request('chat:send', { text: 'hi', to: 'room' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
    await lurker.call('room:prepare', { roomId: group.roomId });
    expect(await lurker.request('chat:send', { text: 'hi', to: 'room' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
    expect(await lurker.request('chat:delete', { messageId: 'x' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
  });

  it('limits chat to a short burst, then refuses (and sends nothing)', async () => {
    const fae = await enter('Fae', 'facilitator');
    const wren = await enter('Wren');
    const acks = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => wren.request('chat:send', { text: `message ${i}`, to: 'room' })));
    expect(acks.slice(0, 5).every((a) => a.ok)).toBe(true);
    expect(acks[5]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    await barrier(fae, [fae]);
    expect(texts(fae)).toEqual(['message 1', 'message 2', 'message 3', 'message 4', 'message 5', 'barrier']);
    // The limit is per person: others still chat.
    expect((await fae.request('chat:send', { text: 'still here', to: 'room' })).ok).toBe(true);
  });

  it('refuses invalid payloads with invalid_payload, and sends nothing', async () => {
    const fae = await enter('Fae', 'facilitator');
    const wren = await enter('Wren');
    const bad: unknown[] = [
      { text: '', to: 'room' },
      { text: '   \n ', to: 'room' },
      { text: 'x'.repeat(1001), to: 'room' },
      { text: 'ring\u0007', to: 'room' },
      { text: 'flip \u202e this', to: 'room' },
      { text: 'hi', to: 'everyone' },
      { text: 'hi', to: 'room', from: { displayName: 'Organiser' } },
      { text: 42, to: 'room' },
      'hi',
    ];
    for (const payload of bad) {
      expect(await wren.request('chat:send', payload)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(await wren.request('reaction:send', { reaction: 'angry' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await wren.request('chat:delete', { messageId: '' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    // Newlines are fine, and a message of exactly the maximum length too.
    expect((await wren.request('chat:send', { text: 'two\nlines', to: 'room' })).ok).toBe(true);
    expect((await wren.request('chat:send', { text: 'y'.repeat(1000), to: 'room' })).ok).toBe(true);
    await barrier(fae, [fae]);
    expect(texts(fae)).toEqual(['two\nlines', 'y'.repeat(1000), 'barrier']);
    expect(received(fae, 'reaction')).toEqual([]);
  });
});

describe('reactions', () => {
  it('reach everyone in the room with the sender\'s peer id, are not stored, and are limited', async () => {
    const fae = await enter('Fae', 'facilitator');
    const wren = await enter('Wren');
    const atFae = fae.next('reaction');
    const atWren = wren.next('reaction');
    await wren.call('reaction:send', { reaction: 'strength' });
    expect(await atFae).toEqual({ peerId: wren.peerId, reaction: 'strength' });
    expect(await atWren).toEqual({ peerId: wren.peerId, reaction: 'strength' });

    const more = await Promise.all(['relate', 'thanks', 'heart'].map((reaction) => wren.request('reaction:send', { reaction })));
    expect(more.slice(0, 2).every((a) => a.ok)).toBe(true);
    expect(more[2]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    // Chat has its own allowance.
    expect((await wren.request('chat:send', { text: 'ok', to: 'room' })).ok).toBe(true);
    const ash = await enter('Ash');
    expect(history(ash)).toEqual(['ok']);
    expect(received(ash, 'reaction')).toEqual([]);
  });
});
