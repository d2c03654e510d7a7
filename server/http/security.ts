// Security headers for every answer (helmet), with a strict Content-Security-Policy the built
// client runs under: its own scripts and styles only, media from blob: (camera previews and
// remote tracks), connections (fetch, socket.io websocket) to this origin only, no framing.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  // 'self' matches ws: and wss: to this host too (CSP Level 3).
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
} as const;

export function securityHeaders(opts: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      // No upgrade-insecure-requests: Hearth also runs on plain http on a LAN, where it would break loading.
      directives: { ...CSP_DIRECTIVES },
    },
    // HSTS only where the site really is https; on http browsers ignore it, on localhost it would stick.
    strictTransportSecurity: opts.https ? { maxAge: 180 * 24 * 60 * 60 } : false,
    xFrameOptions: { action: 'deny' },
    // Invite tokens travel in page addresses (/invite/<token>): never let them leak as a Referer.
    referrerPolicy: { policy: 'no-referrer' },
  });
}
