import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, fromZodError, sendError } from '../../../server/http/errors';
import { createLogger } from '../../../server/log';

function fakeResponse() {
  const out = { status: 0, body: undefined as unknown, headers: {} as Record<string, string> };
  const res = {
    headersSent: false,
    setHeader: (k: string, v: string) => void (out.headers[k] = v),
    status(code: number) {
      out.status = code;
      return this;
    },
    json(body: unknown) {
      out.body = body;
      return this;
    },
    end: () => undefined,
  };
  return { res: res as never, out };
}

function capture() {
  const lines: string[] = [];
  const logger = createLogger('info', new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }));
  return { logger, lines };
}

describe('API errors', () => {
  it('carry the status of their code, and fields when there are any', () => {
    expect(new ApiError('token_expired', 'gone').status).toBe(410);
    expect(new ApiError('invalid_payload', 'big', { status: 413 }).status).toBe(413);
    expect(new ApiError('conflict', 'taken', { fields: { pseudonym: 'taken' } }).toBody()).toEqual({ error: { code: 'conflict', message: 'taken', fields: { pseudonym: 'taken' } } });
    expect(new ApiError('conflict', 'taken').toBody()).toEqual({ error: { code: 'conflict', message: 'taken' } });
  });

  it('turn zod issues into one message per dotted field', () => {
    const schema = z.object({ a: z.string(), nested: z.object({ b: z.number() }) }).strict();
    const parsed = schema.safeParse({ a: 1, nested: { b: 'x' } });
    const err = fromZodError(parsed.success ? (undefined as never) : parsed.error, 'form');
    expect(err.code).toBe('invalid_payload');
    expect(Object.keys(err.options.fields ?? {}).sort()).toEqual(['a', 'nested.b']);
    const whole = z.object({}).strict().safeParse('nope');
    expect(fromZodError(whole.success ? (undefined as never) : whole.error, 'form').message).toMatch(/^form: /);
  });

  it('answer an unknown error as a bare internal, logging the error but sending no stack', () => {
    const { res, out } = fakeResponse();
    const { logger, lines } = capture();
    sendError(res, new Error('database on fire at /srv/app.ts:12'), logger, { route: 'me' });
    expect(out.status).toBe(500);
    expect(out.body).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(out.body)).not.toMatch(/fire|srv|stack/);
    expect(lines.join('')).toMatch(/database on fire/);
  });

  it('send Retry-After with rate_limited', () => {
    const { res, out } = fakeResponse();
    sendError(res, new ApiError('rate_limited', 'slow down', { retryAfterSeconds: 60 }), capture().logger);
    expect(out).toMatchObject({ status: 429, headers: { 'Retry-After': '60' } });
  });

  it('map express’s own client errors, never as internal', () => {
    const { res, out } = fakeResponse();
    const { logger, lines } = capture();
    sendError(res, Object.assign(new Error('Failed to decode param'), { status: 400 }), logger);
    expect(out.status).toBe(400);
    expect(lines).toEqual([]);
  });
});
