// Builders shared by the live-session tests: a RoomSession on fakes with a controllable wall
// clock and manual timers, and SessionViews as the server would send them.
import type { ParticipantView, SessionView, WaitingView } from '../../../shared/session';
import { LocalMedia } from '../../../client/core/media/localMedia';
import { RoomSession } from '../../../client/core/session/roomSession';
import { FakeMediaDevices, FakeSignalling, ManualTimers, settle, StubMedia } from '../fakes';

/** Server time at prepare; the fake wall clock starts equal to it (offset 0) unless told otherwise. */
export const SERVER_TIME = 1_700_000_000_000;

export function makeLiveSession(opts: { micOn?: boolean; cameraOn?: boolean; wallClock?: number; timers?: ManualTimers; roomId?: string } = {}) {
  const signalling = new FakeSignalling();
  signalling.responders['room:prepare'] = () => ({
    routerRtpCapabilities: { codecs: [] },
    you: { displayName: 'Robin', role: 'member' },
    roomTitle: 'Tuesday circle',
    guidelines: 'Be kind.\nWhat is said here stays here.',
    serverTime: SERVER_TIME,
  });
  const media = new StubMedia();
  const timers = opts.timers ?? new ManualTimers();
  const clock = { now: opts.wallClock ?? SERVER_TIME };
  const local = new LocalMedia(new FakeMediaDevices(), { micOn: opts.micOn ?? true, cameraOn: opts.cameraOn ?? true, micDeviceId: null, cameraDeviceId: null });
  // A group's live session by default (it has a title and guidelines); instant rooms pass their id.
  const session = new RoomSession(opts.roomId ?? 'g-tuesday', {
    signalling,
    loadDevice: media.loadDevice,
    local,
    timers,
    wallClock: () => clock.now,
  });
  return { session, signalling, media, local, timers, clock };
}

export async function joinedLive(opts: Parameters<typeof makeLiveSession>[0] = {}) {
  const ctx = makeLiveSession(opts);
  await settle();
  ctx.session.join();
  await settle();
  return ctx;
}

/** Another member with a mic and a camera, as the server would describe them. */
export function otherPeer(signalling: FakeSignalling, peerId: string, name: string) {
  const mic = { producerId: `${peerId}-mic`, peerId, kind: 'audio' as const, source: 'mic' as const, paused: false };
  const cam = { producerId: `${peerId}-cam`, peerId, kind: 'video' as const, source: 'camera' as const, paused: false };
  signalling.producerOwners.set(mic.producerId, { peerId, kind: 'audio' });
  signalling.producerOwners.set(cam.producerId, { peerId, kind: 'video' });
  return { peer: { peerId, displayName: name, role: 'member' as const, joinedAt: 5 }, producers: [mic, cam] };
}

export function participant(peerId: string, displayName: string, over: Partial<ParticipantView> = {}): ParticipantView {
  return { peerId, displayName, role: 'member', handRaisedAt: null, mutedBy: { mic: false, camera: false }, connected: true, ...over };
}

/** The view of 'me' (Robin) in the room, with Sam and Ash; override any part. */
export function liveView(over: Partial<Omit<SessionView, 'you'>> & { you?: Partial<SessionView['you']> } = {}): SessionView {
  const { you, ...rest } = over;
  return {
    you: { peerId: 'me', role: 'member', place: 'room', queuePosition: null, mutedBy: { mic: false, camera: false }, ...you },
    settings: { waitingRoom: true, locked: false, floor: 'open', turnMs: 180_000, autoPass: true },
    participants: [participant('fac', 'Fern', { role: 'facilitator' }), participant('me', 'Robin'), participant('sam', 'Sam'), participant('ash', 'Ash')],
    queue: [],
    stick: null,
    round: null,
    facilitatorReconnecting: false,
    breakout: null,
    ...rest,
  };
}

export function waitingView(locked = false): WaitingView {
  return { you: { peerId: 'me', place: 'waiting' }, locked };
}

/** A queue of these peers in order, as the view lists it. */
export function queueOf(...entries: Array<[string, string]>): SessionView['queue'] {
  return entries.map(([peerId, displayName], i) => ({ peerId, displayName, position: i + 1 }));
}

/** Send a view the way the server does: the room in full, our own part, the waiting list if any. */
export function sendView(signalling: FakeSignalling, view: SessionView | WaitingView): void {
  if (!('settings' in view)) {
    signalling.emit('session:you', { ...view.you, locked: view.locked });
    return;
  }
  const { you, waiting, ...room } = view;
  signalling.emit('session:room', room);
  signalling.emit('session:you', you);
  if (waiting) signalling.emit('session:waiting', { waiting });
}
