// The live rooms of this server, by id. A room (and its Router) is created by the first participant
// to open it and closed when the last one leaves. If its worker dies, everyone in it is told to
// reconnect and the room is dropped, so the next prepare creates it again on a live worker.
import type { Logger } from '../log';
import type { MediaPeer } from '../sfu/mediaPeer';
import { MediaRoom } from '../sfu/mediaRoom';
import type { WorkerPool } from '../sfu/workerPool';
import { AppError } from './errors';
import { LiveRoom } from './liveRoom';
import type { Participant } from './participant';

export class RoomRegistry {
  private readonly rooms = new Map<string, LiveRoom>();
  private readonly creating = new Map<string, Promise<LiveRoom>>();

  constructor(
    private readonly pool: WorkerPool,
    private readonly logger: Logger,
  ) {}

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

  /** Remove a participant from its room, closing its media; closes the room when it empties. */
  leave(participant: Participant): void {
    const room = participant.room;
    if (!room) return;
    const wasJoined = participant.joined !== undefined;
    const producers = participant.media?.listProducers() ?? [];
    room.participants.delete(participant.peerId);
    room.media.removePeer(participant.peerId);
    participant.reset();
    if (wasJoined) {
      for (const p of producers) room.broadcast(undefined, 'producer:closed', { producerId: p.id, peerId: participant.peerId });
      room.broadcast(undefined, 'peer:left', { peerId: participant.peerId });
    }
    if (room.participants.size === 0) this.closeRoom(room);
  }

  /** The participant (in any room) whose media matches, if any: tells "not yours" from "does not exist". */
  findOwner(has: (media: MediaPeer) => boolean): Participant | undefined {
    for (const room of this.rooms.values()) {
      for (const p of room.participants.values()) if (p.media && has(p.media)) return p;
    }
    return undefined;
  }

  list(): LiveRoom[] {
    return [...this.rooms.values()];
  }

  closeAll(): void {
    for (const room of [...this.rooms.values()]) {
      room.broadcast(undefined, 'room:reconnect', { reason: 'server_shutdown' });
      this.closeRoom(room);
    }
  }

  private async create(roomId: string): Promise<LiveRoom> {
    // The media's events need the room, and the room needs the media: the events read it late.
    const ref: { live?: LiveRoom } = {};
    const media = await MediaRoom.create(roomId, this.pool, {
      activeSpeaker: (peerId) => ref.live?.broadcast(undefined, 'speaker:active', { peerId }),
      audioLevels: (levels) => ref.live?.broadcast(undefined, 'audio:levels', { levels }),
      workerDied: () => ref.live && this.onWorkerDied(ref.live),
    }).catch((err: Error) => {
      this.logger.error({ err: err.message }, 'could not create a room');
      throw new AppError('unavailable', 'the media server is not available right now; please try again shortly');
    });
    const live = new LiveRoom(roomId, media);
    ref.live = live;
    this.rooms.set(roomId, live);
    this.logger.info({ rooms: this.rooms.size }, 'room opened');
    return live;
  }

  private onWorkerDied(room: LiveRoom): void {
    this.logger.warn({ participants: room.participants.size }, 'room lost its media worker; asking participants to reconnect');
    for (const p of room.participants.values()) {
      p.reset();
      p.notify('room:reconnect', { reason: 'media_server_restarted' });
    }
    room.participants.clear();
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
  }

  private closeRoom(room: LiveRoom): void {
    for (const p of room.participants.values()) p.reset();
    room.participants.clear();
    room.media.close();
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
    this.logger.info({ rooms: this.rooms.size }, 'room closed');
  }
}
