import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, toWireError } from '../../../server/realtime/errors';

describe('toWireError', () => {
  it('passes typed errors through with their code', () => {
    expect(toWireError(new AppError('conflict', 'already joined'))).toEqual({ wire: { code: 'conflict', message: 'already joined' }, unexpected: false });
  });

  it('names the offending field of a validation error', () => {
    const r = z.object({ roomId: z.string() }).safeParse({ roomId: 3 });
    expect(toWireError(r.error)).toMatchObject({ wire: { code: 'invalid_payload', message: expect.stringMatching(/^roomId: /) } });
  });

  it('treats mediasoup parameter errors as the caller\'s fault', () => {
    expect(toWireError(new TypeError('invalid codec.mimeType'))).toMatchObject({ wire: { code: 'invalid_payload' }, unexpected: false });
  });

  it('hides the details of anything unexpected', () => {
    const { wire, unexpected } = toWireError(new Error('ECONNRESET at /srv/secret/path.ts:42'));
    expect(unexpected).toBe(true);
    expect(wire.code).toBe('internal');
    expect(wire.message).not.toMatch(/secret|ECONNRESET/);
  });
});
