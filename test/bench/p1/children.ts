// Starts the sender and sink child processes (TypeScript through tsx's loader) and talks to them
// over IPC with a timeout on every request, so a stuck child fails the step instead of the run.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** tsx's ESM loader as a file URL: works whether we run under tsx, vitest or plain node. */
function tsxLoader(): string {
  const req = createRequire(import.meta.url);
  return pathToFileURL(path.join(path.dirname(req.resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
}

/** Omit that keeps a union a union, so each request shape keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export class Child<Req extends { id: number }, Rep extends { id: number }> {
  private nextId = 0;
  readonly proc: ChildProcess;

  constructor(readonly name: string, file: string) {
    // Children inherit the caller's core affinity (set before fork), so they share its core.
    this.proc = fork(path.join(HERE, file), [], {
      execArgv: ['--import', tsxLoader()],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  get pid(): number {
    return this.proc.pid ?? 0;
  }

  /** Send a request and wait for the reply with the same id, at most ms. */
  ask(req: WithoutId<Req>, ms = 10_000): Promise<Rep> {
    const id = ++this.nextId;
    return new Promise<Rep>((resolve, reject) => {
      const onMsg = (m: unknown): void => {
        if ((m as Rep).id !== id) return;
        clearTimeout(timer);
        this.proc.off('message', onMsg);
        resolve(m as Rep);
      };
      const timer = setTimeout(() => {
        this.proc.off('message', onMsg);
        reject(new Error(`p1: ${this.name} did not answer ${JSON.stringify(req).slice(0, 40)} within ${ms} ms`));
      }, ms);
      this.proc.on('message', onMsg);
      this.proc.send({ ...req, id });
    });
  }

  /** Ask politely, then SIGKILL after a grace period; idempotent. */
  async stop(): Promise<void> {
    const p = this.proc;
    if (p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise<void>((r) => p.once('exit', () => r()));
    try {
      p.send({ cmd: 'stop', id: 0 });
    } catch {
      // channel already closed: fall through to the kill
    }
    const t = setTimeout(() => p.kill('SIGKILL'), 1500);
    await exited;
    clearTimeout(t);
  }

  /** Last resort from a hard-deadline timer: no waiting. */
  kill(): void {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }
}
