// Prometheus metrics (prom-client), computed when scraped so they can never drift from the truth.
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { RoomRegistry } from '../realtime/roomRegistry';
import type { WorkerPool } from '../sfu/workerPool';

export function createMetrics(rooms: RoomRegistry, pool: WorkerPool): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'hearth_node_' });

  const counts = () => {
    let peers = 0;
    let joined = 0;
    let producers = 0;
    let consumers = 0;
    let transports = 0;
    for (const room of rooms.list()) {
      for (const p of room.participants.values()) {
        peers++;
        if (p.joined) joined++;
        const c = p.media?.counts();
        producers += c?.producers ?? 0;
        consumers += c?.consumers ?? 0;
        transports += c?.transports ?? 0;
      }
    }
    return { rooms: rooms.list().length, peers, joined, producers, consumers, transports };
  };

  const gauge = (name: string, help: string, pick: (c: ReturnType<typeof counts>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(pick(counts()));
      },
    });
  gauge('hearth_rooms', 'Open rooms', (c) => c.rooms);
  gauge('hearth_peers', 'Connected participants (prejoin and joined)', (c) => c.peers);
  gauge('hearth_peers_joined', 'Participants who have joined a room', (c) => c.joined);
  gauge('hearth_transports', 'WebRTC transports', (c) => c.transports);
  gauge('hearth_producers', 'Media producers (sent tracks)', (c) => c.producers);
  gauge('hearth_consumers', 'Media consumers (received tracks)', (c) => c.consumers);

  new Gauge({
    name: 'hearth_worker_cpu_seconds',
    help: 'CPU time used by each mediasoup worker process (user + system)',
    labelNames: ['worker'],
    registers: [registry],
    async collect() {
      this.reset();
      await Promise.all(
        pool.list().map(async (slot) => {
          if (!slot || slot.worker.closed) return;
          const u = await slot.worker.getResourceUsage().catch(() => undefined);
          if (u) this.set({ worker: String(slot.index) }, (u.ru_utime + u.ru_stime) / 1000);
        }),
      );
    },
  });
  new Gauge({
    name: 'hearth_worker_up',
    help: '1 when the mediasoup worker in this slot is running',
    labelNames: ['worker'],
    registers: [registry],
    collect() {
      pool.list().forEach((slot, i) => this.set({ worker: String(i) }, slot && !slot.worker.closed ? 1 : 0));
    },
  });
  return registry;
}
