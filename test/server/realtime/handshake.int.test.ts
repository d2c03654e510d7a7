// The socket handshake: only a valid, unexpired join token for someone who still belongs gets in;
// the room shows the name and role from the database; removing a member ends their session at once.
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import { createJoinTokens } from '../../../server/auth/joinTokens';
import { startSession } from '../../../server/auth/sessions';
import { isMembership } from '../../../server/realtime/identity';
import type { JoinResult } from '../../../shared/protocol';
import { seedGroup, type SeededGroup } from '../../helpers/access';
import { Browser, createGuestLink, joinAsGuest } from '../../helpers/api';
import { connectClient, type TestClient } from '../../helpers/client';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { startTestServer } from '../../helpers/server';

let server: RunningServer;
let group: SeededGroup;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  group = await seedGroup(server);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server.close();
});

/** Try a handshake; resolve to the refusal's code, or 'connected'. */
function handshake(auth: object): Promise<string> {
  const socket = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false, auth });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve(err.data?.code ?? `no code: ${err.message}`);
    });
  });
}

async function join(token: string): Promise<TestClient> {
  const c = await connectClient(server.url, token);
  clients.push(c);
  const prepared = await c.call('room:prepare', { roomId: group.roomId });
  await c.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities });
  return c;
}

describe('the socket handshake', () => {
  it('refuses no token, a tampered token, an expired one, and one for a member who was removed', async () => {
    const { token, membershipId } = await group.addMember('Wren');
    expect(await handshake({})).toBe('unauthenticated');
    expect(await handshake({ token: 42 })).toBe('token_invalid');
    expect(await handshake({ token: `${token.slice(0, -3)}abc` })).toBe('token_invalid');
    const key = Buffer.from(await server.store.secrets.getOrCreate('join-token-key', () => 'unused'), 'base64url');
    const lastHour = createJoinTokens(key, () => Date.now() - 3600_000);
    const old = await lastHour.sign({ subject: { kind: 'membership', membershipId, groupId: group.groupId }, roomId: group.roomId });
    expect(await handshake({ token: old.token })).toBe('token_expired');
    const forged = createJoinTokens(Buffer.alloc(32, 7));
    const fake = await forged.sign({ subject: { kind: 'membership', membershipId, groupId: group.groupId }, roomId: group.roomId });
    expect(await handshake({ token: fake.token })).toBe('token_invalid');

    expect(await handshake({ token })).toBe('connected');
    await server.store.memberships.remove(group.groupId, membershipId);
    expect(await handshake({ token })).toBe('unauthenticated');
  });

  it('lets a member into their group\'s room only, under their pseudonym and role', async () => {
    const { token } = await group.addMember('Wren');
    const other = await seedGroup(server, 'Another group');
    const c = await connectClient(server.url, token);
    clients.push(c);
    expect(await c.request('room:prepare', { roomId: other.roomId })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
    const prepared = await c.call('room:prepare', { roomId: group.roomId });
    expect(prepared.you).toEqual({ displayName: 'Wren', role: 'member' });
    expect(prepared.roomTitle).toBe('Tuesday circle');
    const joined = await c.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities });
    expect(joined.self).toMatchObject({ displayName: 'Wren', role: 'member' });
  });

  it('ends a removed member\'s live session at once: they are told, dropped, and gone for the others', async () => {
    const wren = await group.addMember('Wren');
    const sol = await group.addMember('Sol');
    const wrenClient = await join(wren.token);
    const solClient = await join(sol.token);
    const told = wrenClient.next('session:ended');
    const dropped = new Promise((resolve) => wrenClient.socket.once('disconnect', resolve));
    const left = solClient.next('peer:left');

    await server.store.memberships.remove(group.groupId, wren.membershipId);
    expect(server.gateway.endWhere((id) => isMembership(id, wren.membershipId), 'removed')).toBe(1);

    expect(await told).toEqual({ reason: 'removed' });
    expect(await dropped).toBe('io server disconnect');
    await left;
    const room = server.rooms.list().find((r) => r.id === group.roomId)!;
    expect([...room.participants.values()].map((p) => p.identity.displayName)).toEqual(['Sol']);
  });
});

describe('guests of an instant room', () => {
  const ROOM = 'kfr-wqpz-mtd';
  const peers: ScriptedPeer[] = [];
  afterEach(() => {
    for (const p of peers.splice(0)) p.close();
  });

  /** A signed-in host account in a browser of its own, as the REST API sees it. */
  async function hostBrowser(name: string): Promise<Browser> {
    const account = await server.store.accounts.create({ email: `${randomUUID()}@test.invalid`, passwordHash: 'x', displayName: name });
    const browser = new Browser(server.url);
    browser.cookies.set('hearth_session', (await startSession(server.store, account.id)).token);
    return browser;
  }

  /** A guest's join token the way the browser gets one: accept the link, then ask for a token. */
  async function guestToken(host: Browser, name: string, roomId = ROOM): Promise<string> {
    const guest = new Browser(server.url);
    await joinAsGuest(guest, (await createGuestLink(host, roomId)).token, name);
    return (await guest.ok('roomJoinToken', { params: { roomId } })).token;
  }

  it('enter as members under their chosen name, always through the waiting room, until the host admits them', async () => {
    const hostApi = await hostBrowser('Hana Host');
    const host = await preparePeer(server, ROOM, { token: (await hostApi.ok('roomJoinToken', { params: { roomId: ROOM } })).token });
    peers.push(host);
    expect((await host.join()).place).toBe('room');

    const guest = await preparePeer(server, ROOM, { token: await guestToken(hostApi, 'River') });
    peers.push(guest);
    expect(guest.prepared.you).toEqual({ displayName: 'River', role: 'member' });
    expect(guest.prepared.roomTitle).toBe(ROOM);
    expect(guest.prepared.guidelines).toBeNull();
    const waiting = await guest.join();
    expect(waiting).toMatchObject({ place: 'waiting', peers: [], producers: [], consumers: [] });

    expect(host.events.some((e) => e.event === 'peer:joined')).toBe(false);
    const entered = guest.next('room:entered');
    const seen = host.next('peer:joined');
    await host.call('waiting:admit', { peerId: waiting.self.peerId });
    const room: JoinResult = await entered;
    expect(room.place).toBe('room');
    expect(room.self).toMatchObject({ displayName: 'River', role: 'member' });
    expect(room.peers.map((p) => p.displayName)).toEqual(['Hana Host']);
    // Unseen while waiting, the guest appears to the host once admitted.
    expect(await seen).toMatchObject({ peerId: waiting.self.peerId, displayName: 'River', role: 'member' });
  });

  it('are refused a group room, even with a token signed by the server', async () => {
    const key = Buffer.from(await server.store.secrets.getOrCreate('join-token-key', () => 'unused'), 'base64url');
    const signed = await createJoinTokens(key).sign({ subject: { kind: 'guest', guestId: randomUUID(), displayName: 'River' }, roomId: group.roomId });
    expect(await handshake({ token: signed.token })).toBe('unauthenticated');
  });
});
