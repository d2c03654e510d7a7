// Bots in a child process, driven over IPC, so a benchmark measures the server's CPU and memory
// apart from its clients'. The child runs TypeScript through tsx's loader (under tsx or vitest).
// Messages are `{ type, ... }`; the child answers each command with one message, or `{ type: 'error', message }`.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Message = { type: string };
type ErrorReply = { type: 'error'; message: string };

function tsxLoader(): string {
  const req = createRequire(import.meta.url);
  return pathToFileURL(path.join(path.dirname(req.resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
}

export class ChildBots<To extends Message, From extends Message> {
  readonly proc: ChildProcess;

  constructor(
    script: string,
    private readonly name: string,
  ) {
    this.proc = fork(script, [], { execArgv: ['--import', tsxLoader()], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  }

  /** Send a command and wait for the reply of `type` (an error reply or the child's exit rejects). */
  ask<T extends From['type']>(msg: To, type: T, ms: number): Promise<Extract<From, { type: T }>> {
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.proc.off('message', onMsg);
        this.proc.off('exit', onExit);
      };
      const onMsg = (m: From | ErrorReply): void => {
        if (m.type !== type && m.type !== 'error') return;
        done();
        if (m.type === 'error') reject(new Error(`${this.name}: ${(m as ErrorReply).message}`));
        else resolve(m as Extract<From, { type: T }>);
      };
      const onExit = (code: number | null): void => {
        done();
        reject(new Error(`${this.name} exited (${code}) while waiting for ${type}`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.name}: no ${type} within ${ms} ms`));
      }, ms);
      this.proc.on('message', onMsg);
      this.proc.once('exit', onExit);
      this.proc.send(msg, (err) => {
        if (!err) return;
        done();
        reject(new Error(`${this.name}: could not send ${msg.type}: ${err.message}`));
      });
    });
  }

  /** Ask the child to close its sockets and exit (`{ type: 'stop' }`); SIGKILL after a grace period. */
  async stop(): Promise<void> {
    const p = this.proc;
    if (p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise<void>((r) => p.once('exit', () => r()));
    // A closed channel reports through the callback (not an 'error' event); the kill below ends it.
    p.send({ type: 'stop' }, () => undefined);
    const t = setTimeout(() => p.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(t);
  }

  kill(): void {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }
}
