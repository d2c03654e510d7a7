// IPC contract between the benchmark and its two child processes (sender, sink). Every request
// carries an id; the child answers with the same id, so a late answer is never taken for another.

export interface StreamSpec {
  /** Length-prefixed RTP dump made by media.ts. */
  file: string;
  kind: 'audio' | 'video';
  ssrc: number;
  payloadType: number;
  /** Destination on 127.0.0.1; streams with the same port share a socket (one per producer,
   *  because a comedia PlainTransport locks onto the first source address it hears). */
  port: number;
  /** Start this far into the loop, so that keyframes of different producers do not coincide. */
  offsetSec: number;
}

export type SenderRequest =
  | { cmd: 'start'; id: number; streams: StreamSpec[] }
  | { cmd: 'pause' | 'resume' | 'snap' | 'stop'; id: number };

export interface SenderReply {
  id: number;
  /** Packets sent so far per SSRC (cumulative since 'start'). */
  sent?: Record<string, number>;
}

export type SinkRequest = { cmd: 'open'; id: number; sockets: number } | { cmd: 'snap' | 'stop'; id: number };

export interface SinkReply {
  id: number;
  ports?: number[];
  /** RTP [packets, bytes] received so far per SSRC (cumulative). */
  received?: Record<string, [number, number]>;
  rtcp?: number;
}
