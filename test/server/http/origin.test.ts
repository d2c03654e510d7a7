import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { claimedOrigin, ownOrigin, requireSameOrigin } from '../../../server/http/origin';

function req(headers: Record<string, string>, over: Partial<Request> = {}): Request {
  return { headers, protocol: 'http', method: 'POST', ...over } as unknown as Request;
}

function verdict(r: Request, publicUrl?: string): unknown {
  let result: unknown = 'not called';
  requireSameOrigin(publicUrl)(r, {} as never, (err?: unknown) => (result = err ?? 'ok'));
  return result;
}

describe('same-origin check', () => {
  it('knows its own origin from PUBLIC_URL, else from the Host header', () => {
    expect(ownOrigin(req({ host: 'internal:3000' }), 'https://hearth.example.org/')).toBe('https://hearth.example.org');
    expect(ownOrigin(req({ host: 'localhost:3000' }), undefined)).toBe('http://localhost:3000');
    expect(ownOrigin(req({ host: 'hearth.example.org' }, { protocol: 'https' }), undefined)).toBe('https://hearth.example.org');
    expect(ownOrigin(req({}), undefined)).toBeUndefined();
  });

  it('reads the claimed origin from Origin, else Referer', () => {
    expect(claimedOrigin(req({ origin: 'http://a.example' }))).toBe('http://a.example');
    expect(claimedOrigin(req({ referer: 'http://a.example/groups?x=1' }))).toBe('http://a.example');
    expect(claimedOrigin(req({ origin: 'null', referer: 'http://a.example/x' }))).toBe('http://a.example');
    expect(claimedOrigin(req({ referer: 'not a url' }))).toBeUndefined();
  });

  it('lets safe methods through and refuses state changes from elsewhere', () => {
    const host = { host: 'localhost:3000' };
    expect(verdict(req(host, { method: 'GET' }))).toBe('ok');
    expect(verdict(req({ ...host, origin: 'http://localhost:3000' }))).toBe('ok');
    for (const headers of [host, { ...host, origin: 'http://evil.example' }, { ...host, origin: 'https://localhost:3000' }, { ...host, origin: 'null' }]) {
      expect(verdict(req(headers))).toMatchObject({ code: 'not_authorized', message: 'cross-site request refused' });
    }
    // Behind a proxy the Host may be internal: PUBLIC_URL decides.
    expect(verdict(req({ host: 'app:3000', origin: 'https://hearth.example.org' }), 'https://hearth.example.org')).toBe('ok');
    expect(verdict(req({ host: 'app:3000', origin: 'http://app:3000' }), 'https://hearth.example.org')).toMatchObject({ code: 'not_authorized' });
  });
});
