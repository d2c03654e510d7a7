import { describe, expect, it } from 'vitest';
import { describeError, isTransient, RequestError } from '../../../client/core/errors';
import { unwrapAck } from '../../../client/core/signalling';

describe('unwrapAck', () => {
  it('returns the result of an ok ack', () => {
    expect(unwrapAck('room:prepare', { ok: true, serverTime: 5 })).toMatchObject({ serverTime: 5 });
  });

  it('throws a RequestError carrying the wire code and message', () => {
    const call = () => unwrapAck('room:join', { ok: false, error: { code: 'not_authorized', message: 'nope' } });
    expect(call).toThrow(RequestError);
    try {
      call();
    } catch (e) {
      expect(e).toMatchObject({ code: 'not_authorized', message: 'nope', event: 'room:join' });
    }
  });

  it('treats an empty ack as internal', () => {
    expect(() => unwrapAck('x', undefined)).toThrow(expect.objectContaining({ code: 'internal' }));
  });
});

describe('error wording', () => {
  it('retries only what may heal by itself', () => {
    expect(isTransient(new RequestError('e', 'timeout', ''))).toBe(true);
    expect(isTransient(new RequestError('e', 'unavailable', ''))).toBe(true);
    expect(isTransient(new RequestError('e', 'not_found', ''))).toBe(false);
    expect(isTransient(new Error('x'))).toBe(false);
  });

  it('never shows a stack or a bare "error"', () => {
    expect(describeError(new TypeError('x is undefined'))).toBe('Something went wrong while connecting.');
    expect(describeError(new RequestError('e', 'timeout', 'ack timeout'))).toBe('We lost touch with the server.');
  });
});
