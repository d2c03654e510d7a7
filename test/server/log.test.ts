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
