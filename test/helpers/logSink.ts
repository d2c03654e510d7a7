// A log destination for tests: keeps every line the logger writes (while `capturing`), to search
// for what must or must not be logged.
import { Writable } from 'node:stream';

export interface LogSink {
  /** The lines written so far, each one JSON record (with its newline). */
  lines: string[];
  stream: Writable;
  /** Lines written while false are dropped (a server's start-up, say). */
  capturing: boolean;
}

export function logSink(capturing = true): LogSink {
  const sink: LogSink = {
    lines: [],
    capturing,
    stream: new Writable({
      write(chunk, _enc, done) {
        if (sink.capturing) sink.lines.push(String(chunk));
        done();
      },
    }),
  };
  return sink;
}
