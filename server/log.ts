// Structured logs (pino). Privacy: never log IP addresses, tokens, display names or chat; the
// redact list is a safety net for fields that might slip into a logged object.
import pino, { type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'ip',
  'address',
  'remoteAddress',
  '*.ip',
  '*.address',
  '*.remoteAddress',
  'displayName',
  '*.displayName',
  'token',
  '*.token',
  'headers',
  '*.headers',
  'cookie',
  '*.cookie',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { app: 'hearth' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination,
  );
}
