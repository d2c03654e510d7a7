// Structured logs (pino). Privacy: never log IP addresses, emails, passwords, tokens, cookies,
// display names or chat; the redact list is a safety net for fields that might slip into a
// logged object, and the request/response serializers drop headers (cookies, authorization,
// forwarded addresses) and bodies altogether.
import pino, { type Logger } from 'pino';

export type { Logger };

/** Field names that never reach a log line, at the top level or one level down. */
const SECRET_FIELDS = [
  'ip',
  'ips',
  'address',
  'remoteAddress',
  'displayName',
  'pseudonym',
  'email',
  'password',
  'passwordHash',
  'token',
  'sessionToken',
  'credential',
  'recoveryCode',
  'tokenHash',
  'idHash',
  'credentialHash',
  'headers',
  'cookie',
  'cookies',
  'authorization',
  'body',
  // pg's errors quote the offending row ("Key (email)=(…) already exists").
  'detail',
];

export const REDACTED_PATHS = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]);

/** Requests and responses are reduced to what says nothing about the person. */
const serializers = {
  req: (req: { method?: string; url?: string }) => ({ method: req.method, path: req.url?.split('?')[0]?.replace(/\/(invites?|calendar-feeds|guest-links)\/[^/]+/g, '/$1/[redacted]') }),
  res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
};

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { app: 'hearth' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, serializers },
    destination,
  );
}
