// Every page address the client renders must be served index.html by the server (SPA_ROUTES), or a
// reload or a shared link on that page answers 404. The client's router is the source of truth.
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../client/core/router';
import { SPA_ROUTES } from '../../../server/http/app';

const ID = '0b6e2f7c-3a51-4c1e-9d2b-6a8f4e2c1d90';
/** One address per client route. */
const PAGES = ['/', '/r/kfr-wqpz-mtd', '/setup', '/signin', '/groups', `/groups/${ID}`, `/groups/${ID}/schedule`, `/groups/${ID}/find-time`, '/invite/abc.def', '/guest/abc', '/me', `/g/${ID}`];

const served = (path: string): boolean =>
  SPA_ROUTES.some((route) => new RegExp(`^${route.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(path));

describe('SPA routes', () => {
  it('covers every client page, and each sample is a real client page', () => {
    for (const path of PAGES) {
      expect(parseRoute(path).name, path).not.toBe('not-found');
      expect(served(path), path).toBe(true);
    }
  });

  it('lists no address the client does not render', () => {
    for (const route of SPA_ROUTES) {
      const sample = route.replace(':roomId', 'kfr-wqpz-mtd').replace(':groupId', ID).replace(':token', 'abc');
      expect(parseRoute(sample).name, route).not.toBe('not-found');
    }
  });
});
