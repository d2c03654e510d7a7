// The admin CLI against real databases: create an organiser, reset a password (which signs the
// account out everywhere), and clear refusals with their exit codes.
import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../../scripts/admin';
import { verifyPassword } from '../../server/auth/passwords';
import { startSession } from '../../server/auth/sessions';
import { createStore, type Store } from '../../server/store';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../helpers/db';

const PASSWORD = 'a long enough password';

describe.each(TEST_DIALECTS)('admin CLI on %s', (dialect) => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let store: Store;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    env = database.config.kind === 'postgres' ? { DATABASE_URL: database.config.url } : { DATA_DIR: database.dataDir };
    store = createStore(await database.open());
  });
  afterEach(async () => {
    await database.drop();
  });

  async function admin(args: string[], stdin = `${PASSWORD}\n`) {
    const input = new PassThrough();
    const [out, err] = [new PassThrough(), new PassThrough()];
    let stdout = '';
    let stderr = '';
    out.on('data', (c) => (stdout += String(c)));
    err.on('data', (c) => (stderr += String(c)));
    input.end(stdin);
    const code = await runAdmin(args, { stdin: input, stdout: out, stderr: err, env });
    return { code, stdout, stderr };
  }

  it('creates an organiser who may create groups, reading the password from stdin', async () => {
    const result = await admin(['create-organiser', '--email', ' Ana@Example.org ', '--name', 'Ana', '--password-stdin']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('ana@example.org');
    expect(result.stdout).not.toContain(PASSWORD);
    const account = await store.accounts.byEmail('ana@example.org');
    expect(account).toMatchObject({ displayName: 'Ana', canCreateGroups: true });
    expect(await verifyPassword(PASSWORD, account!.passwordHash)).toBe(true);

    const again = await admin(['create-organiser', '--email', 'ana@example.org', '--name', 'Ana']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('resets a password and signs the account out of every session', async () => {
    await admin(['create-organiser', '--email', 'ana@example.org', '--name', 'Ana']);
    const account = (await store.accounts.byEmail('ana@example.org'))!;
    const session = await startSession(store, account.id);
    const result = await admin(['reset-password', '--email', 'ana@example.org'], 'a brand new password\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/signed it out of 1 session/);
    expect(result.stdout + result.stderr).not.toContain('a brand new password');
    expect(await store.authSessions.find(session.session.idHash)).toBeUndefined();
    expect(await verifyPassword('a brand new password', (await store.accounts.byEmail('ana@example.org'))!.passwordHash)).toBe(true);
  });

  it('asks twice at a terminal without echo, and refuses two different answers', async () => {
    const terminal = (typed: string) => {
      const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
      setTimeout(() => input.write(typed), 10);
      return input;
    };
    const [out, err] = [new PassThrough(), new PassThrough()];
    let shown = '';
    err.on('data', (c) => (shown += String(c)));
    const args = ['create-organiser', '--email', 'tty@example.org', '--name', 'Tty'];
    expect(await runAdmin(args, { stdin: terminal(`${PASSWORD}x\u007f\r${PASSWORD}\r`), stdout: out, stderr: err, env })).toBe(0);
    expect(shown).toContain('New password: ');
    expect(shown).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, (await store.accounts.byEmail('tty@example.org'))!.passwordHash)).toBe(true);
    const differ = await runAdmin(['reset-password', '--email', 'tty@example.org'], { stdin: terminal(`${PASSWORD}\rsomething else!\r`), stdout: out, stderr: err, env });
    expect(differ).toBe(2);
  });

  it('refuses bad input with exit code 2 and an unknown account with 1', async () => {
    expect((await admin([])).code).toBe(2);
    expect((await admin(['frobnicate', '--email', 'a@b.co'])).code).toBe(2);
    expect((await admin(['create-organiser', '--email', 'not-an-email', '--name', 'Ana'])).code).toBe(2);
    expect((await admin(['create-organiser', '--email', 'a@b.co'])).stderr).toMatch(/--name is required/);
    const short = await admin(['create-organiser', '--email', 'a@b.co', '--name', 'Ana'], 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 10 characters/);
    const missing = await admin(['reset-password', '--email', 'nobody@example.org']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no account/);
    expect(await store.accounts.count()).toBe(0);
  });
});

it('runs as `npm run admin` would, with the exit code of the command', async () => {
  const database = await createTestDatabase('sqlite');
  try {
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const child = execFile('npx', ['tsx', 'scripts/admin.ts', ...args], { env: { ...process.env, DATA_DIR: database.dataDir, DATABASE_URL: '' } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
        child.stdin!.end(`${PASSWORD}\n`);
      });
    const created = await run(['create-organiser', '--email', 'cli@example.org', '--name', 'Cli', '--password-stdin']);
    expect(created.code, created.stderr).toBe(0);
    expect((await run(['reset-password', '--email', 'nobody@example.org', '--password-stdin'])).code).toBe(1);
    expect((await run(['nonsense'])).code).toBe(2);
  } finally {
    await database.drop();
  }
}, 60_000);

