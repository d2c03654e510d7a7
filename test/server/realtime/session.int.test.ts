// The session controls end to end: real socket.io clients, the real server and a real mediasoup
// worker. Every refusal is checked three ways: the error code, no new state sent to anyone, and
// (for mute) the producer still paused inside mediasoup.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import type { JoinResult } from '../../../shared/protocol';
import type { SessionView, WaitingView } from '../../../shared/session';
import { seedGroup, type SeededGroup, type SessionSettings } from '../../helpers/access';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { startTestServer } from '../../helpers/server';
import { currentView, roomViewWhere } from '../../helpers/sessionView';

let server: RunningServer;
const peers: ScriptedPeer[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const p of peers.splice(0)) p.close();
  await server.close();
});

async function group(settings: SessionSettings = {}): Promise<SeededGroup> {
  return seedGroup(server, 'Thursday circle', settings);
}

/** A participant of the group with mic and camera producers, prepared but not joined. */
async function person(g: SeededGroup, name: string, role: 'member' | 'facilitator' | 'co_facilitator' = 'member'): Promise<ScriptedPeer> {
  const { token } = role === 'member' ? await g.addMember(name) : await g.addStaff(name, role);
  const p = await preparePeer(server, g.roomId, { token });
  peers.push(p);
  return p;
}

async function joined(g: SeededGroup, name: string, role: 'member' | 'facilitator' | 'co_facilitator' = 'member') {
  const p = await person(g, name, role);
  const result = await p.join();
  return { p, result, peerId: result.self.peerId };
}

/** The session as this peer sees it now (from what it received). */
const lastView = (p: ScriptedPeer): SessionView | WaitingView | null => currentView(p);

const count = (p: ScriptedPeer, event: string): number => p.events.filter((e) => e.event === event).length;

const viewWhere = roomViewWhere;

function noticeKinds(p: ScriptedPeer): string[] {
  return p.events.filter((e) => e.event === 'session:notice').map((e) => (e.payload as { kind: string }).kind);
}

/** Waits until the peer has received a notice of this kind (now or earlier). */
async function noticed(p: ScriptedPeer, kind: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!noticeKinds(p).includes(kind)) {
    if (Date.now() > deadline) throw new Error(`no ${kind} notice; got ${noticeKinds(p).join(', ')}`);
    await p.next('session:notice', deadline - Date.now()).catch(() => undefined);
  }
}

/** The producer as mediasoup holds it on the server (not what any client believes). */
function serverProducer(peerId: string, producerId: string) {
  for (const room of server.rooms.list()) {
    const media = room.participants.get(peerId)?.media;
    if (media?.hasProducer(producerId)) return media.producer(producerId);
  }
  throw new Error('no such producer on the server');
}

function consumersOnServer(): number {
  return server.rooms.list().reduce((n, r) => n + [...r.participants.values()].reduce((m, p) => m + (p.media?.counts().consumers ?? 0), 0), 0);
}

async function expectCode(p: ScriptedPeer, event: string, payload: unknown, code: string): Promise<void> {
  const ack = await p.request(event as never, payload);
  expect(ack.ok ? 'ok' : ack.error.code, `${event} ${JSON.stringify(payload)}`).toBe(code);
}

describe('waiting room', () => {
  it('holds a member unseen until a facilitator admits them, then gives them the room', async () => {
    const g = await group({ waitingRoom: true });
    const fac = await joined(g, 'Fern', 'facilitator');
    expect(fac.result.place).toBe('room');
    const member = await person(g, 'Wren');
    const waiting = await member.join();
    expect(waiting).toMatchObject({ place: 'waiting', peers: [], producers: [], consumers: [] });
    expect(lastView(member)).toEqual({ you: { peerId: waiting.self.peerId, place: 'waiting' }, locked: false });

    const facView = await viewWhere(fac.p, (v) => (v.waiting ?? []).length === 1);
    expect(facView.waiting).toEqual([{ peerId: waiting.self.peerId, displayName: 'Wren', since: expect.any(Number) }]);
    expect(facView.participants.map((p) => p.displayName)).toEqual(['Fern']);
    expect(count(fac.p, 'peer:joined')).toBe(0); // unseen
    // Waiting means receiving nothing either.
    await expectCode(member, 'consumer:create', { transportId: member.recvTransportId, producerId: fac.p.micId }, 'not_authorized');
    // A member cannot admit themselves or anyone.
    await expectCode(member, 'waiting:admit', { peerId: waiting.self.peerId }, 'not_authorized');

    const entered = member.next('room:entered');
    await fac.p.call('waiting:admit', { peerId: waiting.self.peerId });
    const room: JoinResult = await entered;
    expect(room.place).toBe('room');
    expect(room.peers.map((p) => p.displayName)).toEqual(['Fern']);
    expect(room.producers.map((p) => p.source).sort()).toEqual(['camera', 'mic']);
    expect(noticeKinds(member)).toContain('admitted');
    await viewWhere(fac.p, (v) => v.participants.length === 2 && (v.waiting ?? []).length === 0);
    expect(count(fac.p, 'peer:joined')).toBe(1);
  });

  it('declines with a message and closes the connection; admit all lets everyone in', async () => {
    const g = await group({ waitingRoom: true });
    const fac = await joined(g, 'Fern', 'facilitator');
    const a = await person(g, 'Ash');
    const b = await person(g, 'Birch');
    const c = await person(g, 'Cedar');
    const [ja, jb] = await Promise.all([a.join(), b.join(), c.join()]);
    await viewWhere(fac.p, (v) => (v.waiting ?? []).length === 3);

    const gone = new Promise<void>((resolve) => a.socket.once('disconnect', () => resolve()));
    await fac.p.call('waiting:decline', { peerId: ja.self.peerId, message: 'This circle is full tonight.' });
    await gone;
    expect(a.events.find((e) => e.event === 'session:notice')?.payload).toEqual({ kind: 'declined', message: 'This circle is full tonight.' });

    await fac.p.call('waiting:admitAll', {});
    const v = await viewWhere(fac.p, (x) => x.participants.length === 3);
    expect(v.participants.map((p) => p.displayName).sort()).toEqual(['Birch', 'Cedar', 'Fern']);
    expect(v.waiting).toEqual([]);
    expect(jb.place).toBe('waiting');
  });

  it('sends someone back: every consumer of and by them closes, and the room sees them leave', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const mem = await joined(g, 'Wren');
    const other = await joined(g, 'Ash');
    const all = [fac.p, mem.p, other.p];
    for (const p of all) for (const q of all) if (q !== p) for (const id of [q.micId!, q.cameraId!]) await p.consume(id);
    expect(consumersOnServer()).toBe(12);
    const left = other.p.next('peer:left');
    await fac.p.call('waiting:sendBack', { peerId: mem.peerId });
    expect((await left).peerId).toBe(mem.peerId);
    // Wren received 4 and was received by 4: those 8 are gone; Fern <-> Ash remain.
    expect(consumersOnServer()).toBe(4);
    await noticed(mem.p, 'sent_to_waiting');
    await viewWhere(fac.p, (v) => (v.waiting ?? []).some((w) => w.peerId === mem.peerId));
    expect(lastView(mem.p)).toMatchObject({ you: { place: 'waiting' } });
  });

  it('lock keeps newcomers out (members are refused, facilitators still enter)', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const mem = await joined(g, 'Wren');
    await expectCode(mem.p, 'room:lock', {}, 'not_authorized');
    await fac.p.call('room:lock', {});
    const late = await person(g, 'Late');
    await expectCode(late, 'room:join', { rtpCapabilities: late.prepared.routerRtpCapabilities }, 'conflict');
    const co = await joined(g, 'Cy', 'co_facilitator');
    expect(co.result.place).toBe('room');
  });
});

describe('mute, enforced on the server', () => {
  it('a facilitator mute pauses the producer in mediasoup; the member cannot resume it until asked', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const mem = await joined(g, 'Wren');
    const other = await joined(g, 'Ash');
    expect(serverProducer(mem.peerId, mem.p.micId!).paused).toBe(false);

    // A member may not mute anyone: refused, nothing changes anywhere.
    const viewsBefore = count(fac.p, 'session:room');
    await expectCode(other.p, 'facilitator:mute', { peerId: mem.peerId }, 'not_authorized');
    await expectCode(other.p, 'facilitator:muteAll', {}, 'not_authorized');
    expect(serverProducer(mem.peerId, mem.p.micId!).paused).toBe(false);

    const ownPaused = mem.p.next('producer:paused');
    await fac.p.call('facilitator:mute', { peerId: mem.peerId });
    expect(await ownPaused).toEqual({ producerId: mem.p.micId, peerId: mem.peerId });
    expect(serverProducer(mem.peerId, mem.p.micId!).paused).toBe(true);
    expect(noticeKinds(mem.p)).toContain('muted_by_facilitator');
    expect(count(fac.p, 'session:room')).toBe(viewsBefore + 1); // only the mute changed the state

    // A modified client resuming anyway: refused, and mediasoup keeps it paused.
    await expectCode(mem.p, 'producer:resume', { producerId: mem.p.micId }, 'conflict');
    expect(serverProducer(mem.peerId, mem.p.micId!).paused).toBe(true);
    // Facilitators cannot unmute anyone either: there is no such command.
    await expectCode(fac.p, 'producer:resume', { producerId: mem.p.micId }, 'not_authorized');
    expect(serverProducer(mem.peerId, mem.p.micId!).paused).toBe(true);

    await fac.p.call('facilitator:askToUnmute', { peerId: mem.peerId, source: 'mic' });
    expect(serverProducer(mem.peerId, mem.p.micId!).paused).toBe(true); // asking never unmutes
    expect(noticeKinds(mem.p)).toContain('ask_to_unmute');
    await mem.p.call('producer:resume', { producerId: mem.p.micId });
    expect(serverProducer(mem.peerId, mem.p.micId!).paused).toBe(false);
  });

  it('mute all spares facilitators; stop video pauses the camera; leads cannot be muted', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const co = await joined(g, 'Cy', 'co_facilitator');
    const mem = await joined(g, 'Wren');
    await fac.p.call('facilitator:muteAll', {});
    expect(serverProducer(mem.peerId, mem.p.micId!).paused).toBe(true);
    expect(serverProducer(co.peerId, co.p.micId!).paused).toBe(false);
    expect(serverProducer(fac.peerId, fac.p.micId!).paused).toBe(false);
    await co.p.call('facilitator:stopVideo', { peerId: mem.peerId });
    expect(serverProducer(mem.peerId, mem.p.cameraId!).paused).toBe(true);
    await expectCode(co.p, 'facilitator:mute', { peerId: fac.peerId }, 'not_authorized');
    expect(serverProducer(fac.peerId, fac.p.micId!).paused).toBe(false);
  });

  it('a muted member who reconnects is still muted: a new mic producer starts paused', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const { token } = await g.addMember('Wren');
    const first = await preparePeer(server, g.roomId, { token, camera: false });
    peers.push(first);
    const firstJoin = await first.join();
    await fac.p.call('facilitator:mute', { peerId: firstJoin.self.peerId });
    first.close();
    await viewWhere(fac.p, (v) => v.participants.some((p) => p.displayName === 'Wren' && !p.connected));

    const again = await preparePeer(server, g.roomId, { token, mic: false, camera: false });
    peers.push(again);
    const rejoin = await again.join();
    expect(rejoin.place).toBe('room');
    const mic = await again.call('producer:create', {
      transportId: again.sendTransportId, kind: 'audio', source: 'mic', rtpParameters: (await import('../../helpers/rtp')).opusParameters(),
    });
    expect(mic.paused).toBe(true);
    expect(serverProducer(rejoin.self.peerId, mic.producerId).paused).toBe(true);
    const v = await viewWhere(fac.p, (x) => x.participants.some((p) => p.peerId === rejoin.self.peerId));
    expect(v.participants.filter((p) => p.displayName === 'Wren')).toHaveLength(1); // one seat, not two
  });

  it('the same member joining from a second tab closes the first (one person, one seat)', async () => {
    const g = await group();
    await joined(g, 'Fern', 'facilitator');
    const { token } = await g.addMember('Wren');
    const tab1 = await preparePeer(server, g.roomId, { token, camera: false });
    const tab2 = await preparePeer(server, g.roomId, { token, camera: false });
    peers.push(tab1, tab2);
    await tab1.join();
    const closed = new Promise<void>((resolve) => tab1.socket.once('disconnect', () => resolve()));
    await tab2.join();
    await closed;
    expect(noticeKinds(tab1)).toContain('replaced');
  });
});

describe('hand queue and talking stick', () => {
  it('gives the floor in raise order; only the speaker may unmute; the turn expires and passes on', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const a = await joined(g, 'Ash');
    const b = await joined(g, 'Birch');
    await expectCode(a.p, 'stick:on', {}, 'not_authorized');
    await fac.p.call('stick:setTurnLength', { turnMs: 10_000 });
    await fac.p.call('stick:on', {});
    // Under the stick, members' mics are held paused on the server.
    expect(serverProducer(a.peerId, a.p.micId!).paused).toBe(true);
    expect(serverProducer(b.peerId, b.p.micId!).paused).toBe(true);
    expect(serverProducer(fac.peerId, fac.p.micId!).paused).toBe(false);

    // Taking the floor yourself is a facilitator's command.
    await expectCode(a.p, 'stick:giveFloor', { peerId: a.peerId }, 'not_authorized');
    await expectCode(a.p, 'producer:resume', { producerId: a.p.micId }, 'conflict');

    await a.p.call('hand:raise', {});
    await b.p.call('hand:raise', {});
    await noticed(a.p, 'your_turn');
    const v = await viewWhere(b.p, (x) => x.stick?.speaker === a.peerId && x.you.queuePosition === 1);
    expect(v.queue.map((q) => q.displayName)).toEqual(['Birch']);

    await a.p.call('producer:resume', { producerId: a.p.micId });
    expect(serverProducer(a.peerId, a.p.micId!).paused).toBe(false);
    // Birch is next in the queue but does not hold the stick.
    await expectCode(b.p, 'producer:resume', { producerId: b.p.micId }, 'conflict');
    expect(serverProducer(b.peerId, b.p.micId!).paused).toBe(true);

    // The 10 s turn runs out on the server's timer: Ash is paused, Birch gets the floor.
    expect(noticeKinds(b.p)).not.toContain('your_turn');
    await noticed(b.p, 'your_turn', 20_000);
    await noticed(a.p, 'turn_over'); // (a 10 s turn is shorter than the 30 s warning, so none is sent)
    expect(serverProducer(a.peerId, a.p.micId!).paused).toBe(true);
    await b.p.call('producer:resume', { producerId: b.p.micId });
    expect(serverProducer(b.peerId, b.p.micId!).paused).toBe(false);

    // The facilitator mutes the speaker: paused on the server at once.
    await fac.p.call('facilitator:mute', { peerId: b.peerId });
    expect(serverProducer(b.peerId, b.p.micId!).paused).toBe(true);
  }, 30_000);

  it('facilitators reorder, remove and clear the queue; members cannot', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const a = await joined(g, 'Ash');
    const b = await joined(g, 'Birch');
    const c = await joined(g, 'Cedar');
    for (const p of [a, b, c]) await p.p.call('hand:raise', {});
    await viewWhere(c.p, (v) => v.you.queuePosition === 3);
    await expectCode(a.p, 'queue:reorder', { order: [c.peerId, b.peerId, a.peerId] }, 'not_authorized');
    await expectCode(a.p, 'queue:clear', {}, 'not_authorized');
    await fac.p.call('queue:reorder', { order: [c.peerId, a.peerId, b.peerId] });
    expect((await viewWhere(c.p, (v) => v.you.queuePosition === 1)).queue.map((q) => q.displayName)).toEqual(['Cedar', 'Ash', 'Birch']);
    await fac.p.call('queue:remove', { peerId: a.peerId });
    await viewWhere(b.p, (v) => v.you.queuePosition === 2 && v.queue.length === 2);
    await fac.p.call('queue:clear', {});
    await viewWhere(b.p, (v) => v.queue.length === 0);
    await expectCode(fac.p, 'queue:reorder', { order: [a.peerId, a.peerId] }, 'invalid_payload');
  });
});

describe('every other control, end to end', () => {
  it('lower, pass, finish, skip, give the floor, extend, rounds, auto-pass, stick off, waiting room, demote', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const a = await joined(g, 'Ash');
    const b = await joined(g, 'Birch');
    const c = await joined(g, 'Cedar');
    const stickOf = (v: SessionView) => v.stick?.speaker ?? null;

    await a.p.call('hand:raise', {});
    await a.p.call('hand:lower', {});
    await viewWhere(fac.p, (v) => v.queue.length === 0 && v.participants.every((p) => p.handRaisedAt === null));

    await fac.p.call('stick:on', {});
    for (const p of [a, b, c]) await p.p.call('hand:raise', {});
    await viewWhere(fac.p, (v) => stickOf(v) === a.peerId && v.queue.length === 2);
    await expectCode(b.p, 'stick:pass', {}, 'conflict'); // not the speaker
    await a.p.call('stick:pass', {});
    await viewWhere(fac.p, (v) => stickOf(v) === b.peerId);
    await b.p.call('stick:finish', {});
    await viewWhere(fac.p, (v) => stickOf(v) === c.peerId && v.queue.length === 0);
    await fac.p.call('stick:skip', {});
    await viewWhere(fac.p, (v) => stickOf(v) === null); // the queue is empty: the floor returns to the facilitators

    await fac.p.call('stick:giveFloor', { peerId: b.peerId });
    const given = await viewWhere(fac.p, (v) => stickOf(v) === b.peerId);
    await fac.p.call('stick:extend', { byMs: 60_000 });
    await viewWhere(fac.p, (v) => (v.stick?.endsAt ?? 0) === given.stick!.endsAt + 60_000);
    await expectCode(b.p, 'stick:extend', { byMs: 60_000 }, 'not_authorized');

    await fac.p.call('round:start', { order: [c.peerId, a.peerId] });
    await viewWhere(fac.p, (v) => stickOf(v) === c.peerId && JSON.stringify(v.round?.remaining) === JSON.stringify([a.peerId]));
    await noticed(c.p, 'your_turn');
    await c.p.call('stick:pass', {}); // passing in a round needs no reason
    await viewWhere(fac.p, (v) => stickOf(v) === a.peerId);

    await fac.p.call('stick:setAutoPass', { autoPass: false });
    await viewWhere(a.p, (v) => v.settings.autoPass === false);
    await fac.p.call('stick:off', {});
    await viewWhere(a.p, (v) => v.settings.floor === 'open' && v.stick === null);
    await a.p.call('producer:resume', { producerId: a.p.micId }); // open floor: anyone may speak again
    expect(serverProducer(a.peerId, a.p.micId!).paused).toBe(false);

    await fac.p.call('room:setWaitingRoom', { enabled: true });
    const late = await person(g, 'Late');
    expect((await late.join()).place).toBe('waiting');

    await fac.p.call('facilitator:promote', { peerId: c.peerId });
    await viewWhere(c.p, (v) => v.you.role === 'co_facilitator');
    await expectCode(c.p, 'facilitator:demote', { peerId: c.peerId }, 'not_authorized'); // leads only
    await fac.p.call('facilitator:demote', { peerId: c.peerId });
    await viewWhere(c.p, (v) => v.you.role === 'member' && v.waiting === undefined);
  });
});

describe('removal and roles', () => {
  it('removes with a block: disconnected at once and refused on the way back in', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const { token } = await g.addMember('Wren');
    const mem = await preparePeer(server, g.roomId, { token, camera: false });
    peers.push(mem);
    const j = await mem.join();
    const co = await joined(g, 'Cy', 'co_facilitator');
    await expectCode(co.p, 'room:remove', { peerId: j.self.peerId, block: true }, 'not_authorized'); // leads only
    const gone = new Promise<void>((resolve) => mem.socket.once('disconnect', () => resolve()));
    await fac.p.call('room:remove', { peerId: j.self.peerId, block: true });
    await gone;
    expect(mem.events.find((e) => e.event === 'session:notice')?.payload).toEqual({ kind: 'removed', blocked: true });
    const back = await preparePeer(server, g.roomId, { token, mic: false, camera: false });
    peers.push(back);
    await expectCode(back, 'room:join', { rtpCapabilities: back.prepared.routerRtpCapabilities }, 'not_authorized');
  });

  it('hands over and promotes; the new roles show in everyone’s view', async () => {
    const g = await group();
    const fac = await joined(g, 'Fern', 'facilitator');
    const a = await joined(g, 'Ash');
    const b = await joined(g, 'Birch');
    await expectCode(a.p, 'facilitator:promote', { peerId: b.peerId }, 'not_authorized');
    await fac.p.call('facilitator:promote', { peerId: a.peerId });
    // A co-facilitator may now mute a member, and sees the waiting list.
    const av = await viewWhere(a.p, (v) => v.you.role === 'co_facilitator');
    expect(av.waiting).toEqual([]);
    await a.p.call('facilitator:mute', { peerId: b.peerId });
    await fac.p.call('facilitator:handOver', { peerId: b.peerId });
    const bv = await viewWhere(b.p, (v) => v.you.role === 'facilitator');
    expect(bv.participants.find((p) => p.peerId === fac.peerId)?.role).toBe('co_facilitator');
    expect(noticeKinds(b.p)).toContain('role_changed');
  });
});

describe('a server restart during a session', () => {
  it('brings back the lock and the block list, and forgets them once the room has closed', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-restart-'));
    let first: RunningServer | undefined;
    let second: RunningServer | undefined;
    try {
      first = await startTestServer({ DATA_DIR: dir });
      const g = await seedGroup(first, 'Restart circle');
      const fac = await g.addStaff('Fern', 'facilitator');
      const wren = await g.addMember('Wren');
      const f1 = await preparePeer(first, g.roomId, { token: fac.token, mic: false, camera: false });
      const m1 = await preparePeer(first, g.roomId, { token: wren.token, mic: false, camera: false });
      peers.push(f1, m1);
      await f1.join();
      const mj = await m1.join();
      await f1.call('room:remove', { peerId: mj.self.peerId, block: true });
      await f1.call('stick:on', {});
      await f1.call('room:lock', {});
      await first.close();
      first = undefined;

      second = await startTestServer({ DATA_DIR: dir });
      const server2 = second;
      const token = async (membershipId: string) =>
        (await server2.joinTokens.sign({ subject: { kind: 'membership', membershipId, groupId: g.groupId }, roomId: g.roomId })).token;
      const f2 = await preparePeer(second, g.roomId, { token: await token(fac.membershipId), mic: false, camera: false });
      peers.push(f2);
      await f2.join();
      const v = await viewWhere(f2, (x) => x.participants.length === 1);
      expect(v.settings).toMatchObject({ locked: true, floor: 'stick' });
      await f2.call('room:unlock', {});
      const m2 = await preparePeer(second, g.roomId, { token: await token(wren.membershipId), mic: false, camera: false });
      peers.push(m2);
      await expectCode(m2, 'room:join', { rtpCapabilities: m2.prepared.routerRtpCapabilities }, 'not_authorized'); // still blocked
      m2.close();
      await f2.call('room:leave', {});
      // The room closed: the next meeting starts fresh from the group's defaults.
      await expect.poll(async () => server2.store.liveSessions.load(g.roomId, 0)).toBeUndefined();
    } finally {
      await first?.close();
      await second?.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
