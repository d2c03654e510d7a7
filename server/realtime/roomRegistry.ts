// The live rooms of this server, by id. A room (and its Router) is created by the first participant
// to open it and closed when the last one leaves. If its worker dies, everyone in it is told to
// reconnect and the room is dropped, so the next prepare creates it again on a live worker.
import type { Action } from '../../shared/session';
import type { Logger } from '../log';
import type { MediaPeer } from '../sfu/mediaPeer';
import { MediaRoom } from '../sfu/mediaRoom';
import type { WorkerPool } from '../sfu/workerPool';
import { AppError } from './errors';
import { LiveRoom, MAIN } from './liveRoom';
import type { Participant } from './participant';
import type { Broadcast } from './types';
import { LiveSession, systemClock, type Clock, type Outcome } from './session/liveSession';
import { ephemeralKeeper, type SessionKeeper, type SessionStart } from './session/defaults';
import { applyOutcome } from './session/outcome';

/** How a participant goes: `left` on purpose (the seat goes), `dropped` connection (the seat is kept
 *  for a reconnect, with role and mutes), `closed` by the session itself (removed, declined, replaced). */
export type Departure = 'left' | 'dropped' | 'closed';

export class RoomRegistry {
  private readonly rooms = new Map<string, LiveRoom>();
  private readonly creating = new Map<string, Promise<LiveRoom>>();
  private broadcast: Broadcast = () => undefined;

  constructor(
    private readonly pool: WorkerPool,
    private readonly logger: Logger,
    private readonly keeper: SessionKeeper = ephemeralKeeper,
    private readonly clock: Clock = systemClock,
  ) {}

  /** How rooms reach a channel of connections (the gateway's socket.io server). */
  useBroadcast(broadcast: Broadcast): void {
    this.broadcast = broadcast;
  }

  async open(roomId: string): Promise<LiveRoom> {
    const existing = this.rooms.get(roomId);
    if (existing && !existing.media.isClosed) return existing;
    let pending = this.creating.get(roomId);
    if (!pending) {
      pending = this.create(roomId).finally(() => this.creating.delete(roomId));
      this.creating.set(roomId, pending);
    }
    return pending;
  }

  /** Apply a session outcome to a room (effects, places, views). Never throws: failures are logged. */
  async apply(room: LiveRoom, outcome: Outcome): Promise<void> {
    const { before, after } = outcome;
    if (before.settings !== after.settings || before.blocked !== after.blocked) {
      this.keeper.save(room.id, { settings: after.settings, blocked: after.blocked }).catch((err: unknown) => {
        this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not save the session settings');
      });
    }
    const from = room.plannedFrom;
    if (from && !before.breakouts.running && after.breakouts.running) {
      room.plannedFrom = undefined; // once per session: the plan is not prepared again for this occurrence
      this.keeper.breakoutsOpened(from).catch((err: unknown) => {
        this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not record that the planned breakouts were opened');
      });
    }
    await applyOutcome(room, outcome, { logger: this.logger, close: (p) => this.close(p) }).catch((err: unknown) => {
      this.logger.error({ err: err instanceof Error ? err.stack : String(err) }, 'could not apply a session change');
    });
  }

  /** Remove a participant from its room, closing its media; closes the room when it empties. */
  leave(participant: Participant, how: Departure = 'left'): void {
    const room = participant.room;
    if (!room) return;
    const seat = room.session.state.participants[participant.peerId];
    const wasJoined = participant.joined !== undefined;
    const producers = participant.media?.listProducers() ?? [];
    const space = participant.space;
    room.participants.delete(participant.peerId);
    room.mediaIn(space)?.removePeer(participant.peerId);
    participant.reset();
    if (wasJoined) {
      for (const p of producers) room.broadcastIn(space, undefined, 'producer:closed', { producerId: p.id, peerId: participant.peerId });
      room.broadcastIn(space, undefined, 'peer:left', { peerId: participant.peerId });
    }
    room.closeSpaceIfEmpty(space);
    if (room.participants.size === 0) {
      this.closeRoom(room, 'ended');
      return;
    }
    if (!seat || how === 'closed') return; // the session already gave the seat up
    // A dropped connection keeps its seat in the room (role, mutes) for a reconnect; a waiting one does not.
    const keep = how === 'dropped' && seat.place === 'room';
    const action: Action = keep ? { type: 'session:disconnect', peerId: seat.peerId } : { type: 'session:leave' };
    try {
      void this.apply(room, room.session.act(action, keep ? 'server' : { peerId: seat.peerId }));
    } catch (err) {
      this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'session refused a departure');
    }
  }

  /** The session closed this participant (removed, declined, replaced): out of the room, then disconnected. */
  private close(participant: Participant): void {
    this.leave(participant, 'closed');
    participant.disconnect();
  }

  /** The participant (in any room) whose media matches, if any: tells "not yours" from "does not exist". */
  findOwner(has: (media: MediaPeer) => boolean): Participant | undefined {
    for (const room of this.rooms.values()) {
      for (const p of room.participants.values()) if (p.media && has(p.media)) return p;
    }
    return undefined;
  }

  /** Whether someone is in this room now (joined, not just on the prejoin screen). */
  isLive(roomId: string): boolean {
    const room = this.rooms.get(roomId);
    return room !== undefined && !room.media.isClosed && room.joined().length > 0;
  }

  list(): LiveRoom[] {
    return [...this.rooms.values()];
  }

  closeAll(): void {
    for (const room of [...this.rooms.values()]) {
      room.broadcast(undefined, 'room:reconnect', { reason: 'server_shutdown' });
      this.closeRoom(room, 'shutdown'); // a restart: the saved settings and blocks come back with it
    }
  }

  private async create(roomId: string): Promise<LiveRoom> {
    // The media's events need the room, and the room needs the media: the events read it late.
    const ref: { live?: LiveRoom } = {};
    const spaceMedia = (space: string) =>
      MediaRoom.create(space === MAIN ? roomId : `${roomId}/${space}`, this.pool, {
        activeSpeaker: (peerId) => ref.live?.broadcastIn(space, undefined, 'speaker:active', { peerId }),
        audioLevels: (levels) => ref.live?.broadcastIn(space, undefined, 'audio:levels', { levels }),
        // Simplest honest recovery: any of the room's workers dying sends everyone back to join again.
        workerDied: () => ref.live && this.onWorkerDied(ref.live),
      }).catch((err: Error) => {
        this.logger.error({ err: err.message }, 'could not create a room');
        throw new AppError('unavailable', 'the media server is not available right now; please try again shortly');
      });
    const media = await spaceMedia(MAIN);
    const start: SessionStart = await this.keeper.start(roomId).catch((err: unknown) => {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not read the session settings; using the built-in ones');
      return { settings: {}, blocked: [] };
    });
    const session = new LiveSession(start, this.clock, (outcome) => void this.apply(live, outcome), (error) => {
      this.logger.warn({ code: error.code, reason: error.message }, 'the breakouts planned for this session were refused; it starts without them');
    });
    const broadcast = ((channel, event, ...args) => this.broadcast(channel, event, ...args)) as Broadcast;
    const live: LiveRoom = new LiveRoom(roomId, media, session, broadcast, spaceMedia);
    live.plannedFrom = session.state.breakouts.plan !== null ? start.preparedFrom : undefined;
    ref.live = live;
    this.rooms.set(roomId, live);
    this.logger.info({ rooms: this.rooms.size, plannedBreakouts: session.state.breakouts.plan !== null }, 'room opened');
    return live;
  }

  private onWorkerDied(room: LiveRoom): void {
    this.logger.warn({ participants: room.participants.size }, 'room lost its media worker; asking participants to reconnect');
    for (const p of room.participants.values()) {
      p.reset();
      p.notify('room:reconnect', { reason: 'media_server_restarted' });
    }
    room.participants.clear();
    room.session.close();
    for (const m of room.allMedia()) m.close();
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
  }

  private closeRoom(room: LiveRoom, why: 'ended' | 'shutdown'): void {
    for (const p of room.participants.values()) p.reset();
    room.participants.clear();
    room.session.close();
    for (const m of room.allMedia()) m.close();
    if (why === 'ended') {
      this.keeper.forget(room.id).catch((err: unknown) => {
        this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not forget a closed session');
      });
    }
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
    this.logger.info({ rooms: this.rooms.size }, 'room closed');
  }
}
