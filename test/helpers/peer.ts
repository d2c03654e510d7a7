// A scripted participant: prepare, transports, producers, join, consume, over the real protocol.
import type { JoinResult, PrepareResult } from '../../shared/protocol';
import { connectClient, type TestClient } from './client';
import { opusParameters, vp8SimulcastParameters } from './rtp';

export interface ScriptedPeer extends TestClient {
  prepared: PrepareResult;
  sendTransportId: string;
  recvTransportId: string;
  micId?: string;
  cameraId?: string;
  join(name?: string): Promise<JoinResult>;
  consume(producerId: string): Promise<string>;
}

export async function preparePeer(url: string, roomId: string, opts: { mic?: boolean; camera?: boolean } = {}): Promise<ScriptedPeer> {
  const c = await connectClient(url);
  const prepared = await c.call('room:prepare', { roomId });
  const send = await c.call('transport:create', { direction: 'send' });
  const recv = await c.call('transport:create', { direction: 'recv' });
  const peer: ScriptedPeer = {
    ...c,
    prepared,
    sendTransportId: send.transport.id,
    recvTransportId: recv.transport.id,
    join: (name = 'Robin') => c.call('room:join', { displayName: name, rtpCapabilities: prepared.routerRtpCapabilities }),
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
