import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../server/log';

it('redacts addresses, names and tokens even when a caller logs them by mistake', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const log = createLogger('info', sink);
  log.info({ ip: '203.0.113.9', peer: { displayName: 'Sam', address: '203.0.113.9' }, token: 's3cret' }, 'hello');
  const out = lines.join('');
  expect(out).toContain('hello');
  expect(out).not.toMatch(/203\.0\.113\.9|Sam|s3cret/);
});

it('redacts emails, passwords, cookies, authorization and credentials, and reduces requests to method and path', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const log = createLogger('info', sink);
  log.info(
    {
      email: 'ana@example.org',
      account: { email: 'ana@example.org', password: 'hunter2hunter2', passwordHash: '$scrypt$x' },
      cookie: 'hearth_session=abc',
      authorization: 'Bearer abc',
      body: { recoveryCode: 'aaaa-bbbb' },
      member: { credential: 'c0ffee', recoveryCode: 'aaaa-bbbb', pseudonym: 'Quill' },
      err: { message: 'duplicate key', detail: 'Key (email)=(ana@example.org) already exists.' },
      req: { method: 'POST', url: '/api/invites/abc.def/member?x=1', headers: { cookie: 'hearth_member=zzz' }, socket: { remoteAddress: '198.51.100.7' } },
    },
    'hello',
  );
  const out = lines.join('');
  expect(out).toContain('hello');
  expect(out).toContain('/api/invites/[redacted]/member');
  expect(out).not.toMatch(/ana@example|hunter2|scrypt|hearth_session|Bearer|aaaa-bbbb|c0ffee|Quill|hearth_member|198\.51|abc\.def/);
});

it('hides the tokens of calendar feeds and guest links in request paths', () => {
  const lines: string[] = [];
  const logger = createLogger('info', new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  }));
  logger.info({ req: { method: 'GET', url: '/api/calendar-feeds/feedid.secretmac' } }, 'a');
  logger.info({ req: { method: 'GET', url: '/api/guest-links/guestsecret' } }, 'b');
  const out = lines.join('');
  expect(out).toContain('/api/calendar-feeds/[redacted]');
  expect(out).toContain('/api/guest-links/[redacted]');
  expect(out).not.toMatch(/secretmac|guestsecret/);
});
