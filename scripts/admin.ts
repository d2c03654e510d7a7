// Operator commands on the same database the server uses (DATA_DIR or DATABASE_URL):
//   npm run admin -- create-organiser --email ana@example.org --name "Ana" [--password-stdin]
//   npm run admin -- reset-password --email ana@example.org [--password-stdin]
// The password is read from stdin (piped, or typed at a prompt without echo), never from the
// command line, where it would land in shell history and the process list.
// Exit codes: 0 done, 1 refused (no such account, email taken, database error), 2 usage or config.
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hashPassword } from '../server/auth/passwords';
import { ConfigError, loadConfig } from '../server/config';
import { createStore, openDatabase, StoreConflict, type Store } from '../server/store';
import { emailSchema, passwordSchema } from '../shared/api';
import { displayNameSchema } from '../shared/protocol';

const USAGE = `Usage:
  npm run admin -- create-organiser --email <email> --name <display name> [--password-stdin]
  npm run admin -- reset-password --email <email> [--password-stdin]

The password is asked for without echo, or read from stdin with --password-stdin (or when stdin
is not a terminal). Uses the server's configuration: DATA_DIR or DATABASE_URL.`;

export interface AdminIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}
class Refused extends Error {}

export async function runAdmin(argv: string[], io: AdminIo): Promise<number> {
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const fail = (text: string) => io.stderr.write(`admin: ${text}\n`);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...extra] = args.positionals;
  if (args.values.help || !command) {
    (args.values.help ? say : fail)(USAGE);
    return args.values.help ? 0 : 2;
  }

  let store: Store | undefined;
  let close = async () => {};
  try {
    if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
    if (command !== 'create-organiser' && command !== 'reset-password') throw new UsageError(`unknown command "${command}"`);
    const email = parse(emailSchema, args.values.email, '--email');
    const name = command === 'create-organiser' ? parse(displayNameSchema, args.values.name, '--name') : undefined;
    const config = loadConfig(io.env);
    const password = parse(passwordSchema, await readPassword(io, args.values['password-stdin'] === true), 'password');
    const handle = await openDatabase(config.database);
    close = () => handle.close();
    store = createStore(handle);

    if (command === 'create-organiser') {
      try {
        const account = await store.accounts.create({ email, passwordHash: await hashPassword(password), displayName: name!, canCreateGroups: true });
        say(`Created organiser ${account.email} (account ${account.id}). They can sign in at /signin.`);
      } catch (err) {
        if (err instanceof StoreConflict) throw new Refused(`an account with the email ${email} already exists (use reset-password to change its password)`);
        throw err;
      }
    } else {
      const account = await store.accounts.byEmail(email);
      if (!account) throw new Refused(`no account has the email ${email}`);
      await store.accounts.setPassword(account.id, await hashPassword(password));
      const ended = await store.authSessions.deleteForAccount(account.id);
      say(`Changed the password of ${account.email}; signed it out of ${ended} session${ended === 1 ? '' : 's'}.`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      fail(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      fail(err.message);
      return 2;
    }
    if (err instanceof Refused) {
      fail(err.message);
      return 1;
    }
    fail(`failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await close();
  }
}

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ message: string }> } } }, value: unknown, what: string): T {
  if (value === undefined) throw new UsageError(`${what} is required`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${what}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** The password from stdin: piped (first line), or typed twice at a prompt that does not echo. */
async function readPassword(io: AdminIo, fromStdin: boolean): Promise<string> {
  if (fromStdin || !io.stdin.isTTY) {
    let text = '';
    for await (const chunk of io.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const [first, second] = await promptHidden(io, ['New password: ', 'Repeat it: ']);
  if (first !== second) throw new UsageError('the two passwords differ');
  return first!;
}

/** Asks each question in turn on a raw terminal, echoing nothing; one answer per line typed. */
function promptHidden(io: AdminIo, questions: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const input = io.stdin;
    const answers: string[] = [];
    let typed = '';
    const finish = (result: () => void) => {
      input.setRawMode?.(false);
      input.pause();
      input.off('data', onData);
      result();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\u0003') return finish(() => reject(new UsageError('cancelled')));
        if (ch === '\r' || ch === '\n') {
          answers.push(typed);
          typed = '';
          io.stderr.write('\n');
          if (answers.length === questions.length) return finish(() => resolve(answers));
          io.stderr.write(questions[answers.length]!);
        } else if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    io.stderr.write(questions[0]!);
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAdmin(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error('admin failed:', err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
