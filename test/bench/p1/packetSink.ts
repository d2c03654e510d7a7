// The packet counter the consumers send to, behind one interface: sink.c compiled on the spot
// (fast enough to count a plain-RTP worker at full tilt) or, without a C compiler, sink.ts
// (Node; saturates its core near 120k packets/s, which then caps the raw plain-RTP figure).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Child } from './children';
import type { SinkReply, SinkRequest } from './protocol';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RCVBUF = 4 << 20;

export interface PacketSink {
  readonly kind: 'native' | 'node';
  readonly pid: number;
  readonly ports: number[];
  snap(): Promise<SinkReply>;
  stop(): Promise<void>;
  kill(): void;
}

class NodeSink implements PacketSink {
  readonly kind = 'node';
  ports: number[] = [];
  private readonly child = new Child<SinkRequest, SinkReply>('sink', 'sink.ts');
  get pid(): number { return this.child.pid; }
  async open(sockets: number): Promise<void> {
    this.ports = (await this.child.ask({ cmd: 'open', sockets }, 20_000)).ports ?? [];
  }
  snap(): Promise<SinkReply> { return this.child.ask({ cmd: 'snap' }); }
  stop(): Promise<void> { return this.child.stop(); }
  kill(): void { this.child.kill(); }
}

class NativeSink implements PacketSink {
  readonly kind = 'native';
  ports: number[] = [];
  private readonly proc: ChildProcess;
  private readonly waiting = new Map<number, (r: SinkReply) => void>();
  private nextId = 0;
  private opened: Promise<void>;

  constructor(bin: string, sockets: number) {
    this.proc = spawn(bin, [String(sockets), String(RCVBUF)], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: this.proc.stdout as NodeJS.ReadableStream });
    this.opened = new Promise((resolve, reject) => {
      this.proc.once('exit', (code) => reject(new Error(`p1: native sink exited (${code})`)));
      lines.on('line', (l) => {
        if (l.startsWith('ports')) {
          this.ports = l.split(' ').slice(1).map(Number);
          resolve();
          return;
        }
        const r = JSON.parse(l) as SinkReply;
        this.waiting.get(r.id)?.(r);
        this.waiting.delete(r.id);
      });
    });
  }

  get pid(): number { return this.proc.pid ?? 0; }
  open(): Promise<void> { return this.opened; }

  snap(ms = 10_000): Promise<SinkReply> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => { this.waiting.delete(id); reject(new Error('p1: native sink did not answer')); }, ms);
      this.waiting.set(id, (r) => { clearTimeout(t); resolve(r); });
      this.proc.stdin?.write(`snap ${id}\n`);
    });
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
    this.proc.stdin?.end('stop\n');
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 1500);
    await exited;
    clearTimeout(t);
  }

  kill(): void {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }
}

/** Compile sink.c into dir with the system C compiler; null when there is none or it fails. */
function compile(dir: string): string | null {
  const out = path.join(dir, 'p1-sink');
  const r = spawnSync('cc', ['-O2', '-o', out, path.join(HERE, 'sink.c')], { stdio: 'ignore', timeout: 60_000 });
  return r.status === 0 ? out : null;
}

/** Start a sink with the given number of sockets; prefers the native one. Caller stops it. */
export async function startSink(tmpDir: string, sockets: number, preferNative: boolean): Promise<PacketSink> {
  const bin = preferNative ? compile(tmpDir) : null;
  const sink = bin ? new NativeSink(bin, sockets) : new NodeSink();
  try {
    await (sink instanceof NativeSink ? sink.open() : sink.open(sockets));
  } catch (e) {
    sink.kill();
    throw e;
  }
  return sink;
}
