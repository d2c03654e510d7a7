// The mediasoup worker pool: one worker per core, each with one WebRtcServer (one UDP + one TCP
// port), so a deployment opens a small fixed set of media ports. A worker that dies is logged and
// replaced on the same port; its routers close, and their rooms tell their peers to reconnect.
import { EventEmitter } from 'node:events';
import * as mediasoup from 'mediasoup';
import type { WebRtcServer, Worker } from 'mediasoup/types';
import type { Logger } from '../log';

/** 4 MiB: simultaneous keyframes from a few senders overflow the 208 KiB default (testing.md). */
export const SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;
const REPLACE_RETRY_MS = 1000;

export interface WorkerPoolOptions {
  size: number;
  listenIp: string;
  announcedAddress: string | undefined;
  /** First port; slot N uses port + N. 0 lets the OS pick. */
  port: number;
  logger: Logger;
  logLevel?: 'debug' | 'warn' | 'error' | 'none';
}

export interface WorkerSlot {
  readonly index: number;
  worker: Worker;
  webRtcServer: WebRtcServer;
  /** Routers currently open on this worker; the pool places new rooms on the lowest. */
  routers: number;
}

export interface WorkerPoolEvents {
  died: [index: number];
  replaced: [slot: WorkerSlot];
}

export class WorkerPool extends EventEmitter<WorkerPoolEvents> {
  private readonly slots: Array<WorkerSlot | undefined> = [];
  private closed = false;

  private constructor(private readonly opts: WorkerPoolOptions) {
    super();
  }

  static async create(opts: WorkerPoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(opts);
    try {
      for (let i = 0; i < opts.size; i++) pool.slots[i] = await pool.startSlot(i);
    } catch (err) {
      pool.close();
      throw err;
    }
    return pool;
  }

  /** The live slot with the fewest routers; throws when every worker is down. */
  leastLoaded(): WorkerSlot {
    let best: WorkerSlot | undefined;
    for (const s of this.slots) if (s && !s.worker.closed && (!best || s.routers < best.routers)) best = s;
    if (!best) throw new Error('no media worker is available');
    return best;
  }

  list(): ReadonlyArray<WorkerSlot | undefined> {
    return this.slots;
  }

  get size(): number {
    return this.opts.size;
  }

  close(): void {
    this.closed = true;
    for (const s of this.slots) s?.worker.close();
  }

  private async startSlot(index: number): Promise<WorkerSlot> {
    const { listenIp, announcedAddress, port, logger } = this.opts;
    const worker = await mediasoup.createWorker({ logLevel: this.opts.logLevel ?? 'warn' });
    try {
      const listen = {
        ip: listenIp,
        announcedAddress,
        port: port === 0 ? undefined : port + index,
        recvBufferSize: SOCKET_BUFFER_BYTES,
        sendBufferSize: SOCKET_BUFFER_BYTES,
      };
      const webRtcServer = await worker.createWebRtcServer({
        listenInfos: [
          { protocol: 'udp', ...listen },
          { protocol: 'tcp', ...listen },
        ],
      });
      const slot: WorkerSlot = { index, worker, webRtcServer, routers: 0 };
      worker.observer.on('newrouter', (router) => {
        slot.routers++;
        router.observer.once('close', () => slot.routers--);
      });
      worker.once('died', (err) => this.onDied(slot, err));
      logger.info({ worker: index, pid: worker.pid }, 'media worker started');
      return slot;
    } catch (err) {
      worker.close();
      throw err;
    }
  }

  private onDied(slot: WorkerSlot, err: Error): void {
    this.opts.logger.error({ worker: slot.index, pid: slot.worker.pid, err: err.message }, 'media worker died');
    this.slots[slot.index] = undefined;
    this.emit('died', slot.index);
    void this.replace(slot.index);
  }

  private async replace(index: number): Promise<void> {
    while (!this.closed) {
      try {
        const slot = await this.startSlot(index);
        if (this.closed) return slot.worker.close();
        this.slots[index] = slot;
        this.emit('replaced', slot);
        return;
      } catch (err) {
        this.opts.logger.error({ worker: index, err: (err as Error).message }, 'media worker restart failed; retrying');
        await new Promise((r) => setTimeout(r, REPLACE_RETRY_MS));
      }
    }
  }
}
