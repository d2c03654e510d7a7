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
  const peer: ScriptedPeer = {
    ...c,
    prepared,
    sendTransportId: send.transport.id,
    recvTransportId: recv.transport.id,
    join: () => c.call('room:join', { rtpCapabilities: prepared.routerRtpCapabilities }),
    async consume(producerId) {
      const { consumer } = await c.call('consumer:create', { transportId: peer.recvTransportId, producerId });
      await c.call('consumer:resume', { consumerId: consumer.id });
      return consumer.id;
    },
  };
  if (opts.mic !== false) {
    peer.micId = (await c.call('producer:create', { transportId: peer.sendTransportId, kind: 'audio', source: 'mic', rtpParameters: opusParameters() })).producerId;
  }
  if (opts.camera !== false) {
    peer.cameraId = (
      await c.call('producer:create', { transportId: peer.sendTransportId, kind: 'video', source: 'camera', rtpParameters: vp8SimulcastParameters() })
    ).producerId;
  }
  return peer;
}
