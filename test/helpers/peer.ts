// A scripted participant: prepare, transports, producers, join, consume, over the real protocol.
import type { RunningServer } from '../../server/app';
import type { JoinResult, PrepareResult } from '../../shared/protocol';
import { instantRoomToken } from './access';
import { connectClient, type TestClient } from './client';
import { opusParameters, vp8SimulcastParameters } from './rtp';

export interface ScriptedPeer extends TestClient {
  prepared: PrepareResult;
  sendTransportId: string;
  recvTransportId: string;
  micId?: string;
  cameraId?: string;
  /** Join as the name the peer was prepared with (the server takes it from the account). */
  join(): Promise<JoinResult>;
  consume(producerId: string): Promise<string>;
  /** The space the peer's media is in now ('main' or a breakout's id). */
  space: string;
  /** Consumers receiving (created and resumed) in the current space, when following. */
  receiving: number;
  /** Behave like a browser client: consume every producer that is announced, and follow every
   *  `space:moved`: new transports and producers, `space:enter`, resume what the entry consumed.
   *  `movedTo(space)` resolves with that entry once it is done. */
  follow(): void;
  movedTo(space: string, timeoutMs?: number): Promise<JoinResult>;
}

export interface PeerOptions {
  /** How the room shows this peer (default Robin). */
  name?: string;
  mic?: boolean;
  camera?: boolean;
  /** A join token (e.g. a group membership's, from seedGroup); default: a fresh account for an instant room. */
  token?: string;
}

export async function preparePeer(server: RunningServer, roomId: string, opts: PeerOptions = {}): Promise<ScriptedPeer> {
  const c = await connectClient(server.url, opts.token ?? (await instantRoomToken(server, roomId, opts.name ?? 'Robin')));
  const prepared = await c.call('room:prepare', { roomId });
  const send = await c.call('transport:create', { direction: 'send' });
  const recv = await c.call('transport:create', { direction: 'recv' });
  let moving: Promise<JoinResult | null> = Promise.resolve(null);
  let lastEntry: JoinResult | null = null;
  const produce = async (): Promise<void> => {
    if (opts.mic !== false) {
      peer.micId = (await c.call('producer:create', { transportId: peer.sendTransportId, kind: 'audio', source: 'mic', rtpParameters: opusParameters() })).producerId;
    }
    if (opts.camera !== false) {
      peer.cameraId = (
        await c.call('producer:create', { transportId: peer.sendTransportId, kind: 'video', source: 'camera', rtpParameters: vp8SimulcastParameters() })
      ).producerId;
    }
  };
  const enterSpace = async (space: string): Promise<JoinResult> => {
    peer.sendTransportId = (await c.call('transport:create', { direction: 'send' })).transport.id;
    peer.recvTransportId = (await c.call('transport:create', { direction: 'recv' })).transport.id;
    await produce();
    const entered = await c.call('space:enter', { rtpCapabilities: prepared.routerRtpCapabilities, recvTransportId: peer.recvTransportId });
    peer.receiving = 0;
    await Promise.all(entered.consumers.map((consumer) => c.call('consumer:resume', { consumerId: consumer.id })));
    peer.receiving = entered.consumers.length;
    peer.space = space;
    lastEntry = entered;
    return entered;
  };
  const peer: ScriptedPeer = {
    ...c,
    prepared,
    sendTransportId: send.transport.id,
    recvTransportId: recv.transport.id,
    space: 'main',
    receiving: 0,
    join: () => c.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities }),
    async consume(producerId) {
      const { consumer } = await c.call('consumer:create', { transportId: peer.recvTransportId, producerId });
      await c.call('consumer:resume', { consumerId: consumer.id });
      return consumer.id;
    },
    follow() {
      c.socket.on('space:moved', ({ space }) => {
        // A failed entry is reported and the chain goes on, as a client that retries would.
        moving = moving.then(() =>
          enterSpace(space).catch((error: unknown) => {
            console.warn(`[peer] could not enter ${space}: ${error instanceof Error ? error.message : String(error)}`);
            return null;
          }),
        );
      });
      c.socket.on('producer:added', ({ producerId }) => {
        // After any move in progress (on the transport of the space the peer is in by then), and
        // side by side with other consumes, as a browser client does.
        void moving.then(() => {
          const space = peer.space;
          return peer.consume(producerId).then(
            () => {
              if (peer.space === space) peer.receiving += 1;
            },
            () => undefined, // it went meanwhile, or a move closed the transport
          );
        });
      });
    },
    async movedTo(space, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (peer.space !== space) {
        if (Date.now() > deadline) throw new Error(`never reached space ${space} (still in ${peer.space})`);
        await moving;
        await new Promise((r) => setTimeout(r, 10));
      }
      await moving;
      return lastEntry!;
    },
  };
  await produce();
  return peer;
}
