// Zod schemas for the WebRTC/mediasoup parameter objects that cross the wire. They check the
// shape at the edge; mediasoup itself checks the semantics (and its errors map to invalid_payload).
import { z } from 'zod';

const num = z.number().finite();
const int = z.number().int();
const params = z.record(z.string(), z.unknown());

export const rtcpFeedbackSchema = z.object({ type: z.string().max(64), parameter: z.string().max(64).optional() });

export const rtpCodecSchema = z
  .object({
    mimeType: z.string().min(3).max(64),
    payloadType: int.min(0).max(127),
    clockRate: int.positive(),
    channels: int.positive().max(8).optional(),
    parameters: params.optional(),
    rtcpFeedback: z.array(rtcpFeedbackSchema).max(32).optional(),
  })
  .loose();

export const rtpEncodingSchema = z
  .object({
    ssrc: int.nonnegative().optional(),
    rid: z.string().max(32).optional(),
    codecPayloadType: int.optional(),
    rtx: z.object({ ssrc: int.nonnegative() }).optional(),
    dtx: z.boolean().optional(),
    scalabilityMode: z.string().max(16).optional(),
    scaleResolutionDownBy: num.positive().optional(),
    maxBitrate: num.positive().optional(),
  })
  .loose();

export const rtpParametersSchema = z
  .object({
    mid: z.string().max(32).optional(),
    codecs: z.array(rtpCodecSchema).min(1).max(32),
    headerExtensions: z
      .array(z.object({ uri: z.string().max(256), id: int.min(1).max(255) }).loose())
      .max(32)
      .optional(),
    encodings: z.array(rtpEncodingSchema).min(1).max(8).optional(),
    rtcp: z.object({ cname: z.string().max(256).optional() }).loose().optional(),
  })
  .loose();

export const rtpCapabilitiesSchema = z
  .object({
    codecs: z
      .array(
        z
          .object({
            kind: z.enum(['audio', 'video']),
            mimeType: z.string().min(3).max(64),
            clockRate: int.positive(),
            preferredPayloadType: int.optional(),
          })
          .loose(),
      )
      .max(64)
      .optional(),
    headerExtensions: z.array(z.object({ uri: z.string().max(256) }).loose()).max(64).optional(),
  })
  .loose();

export const dtlsParametersSchema = z
  .object({
    role: z.enum(['auto', 'client', 'server']).optional(),
    fingerprints: z
      .array(z.object({ algorithm: z.string().min(1).max(16), value: z.string().min(1).max(256) }))
      .min(1)
      .max(8),
  })
  .loose();

export type WireRtpParameters = z.infer<typeof rtpParametersSchema>;
export type WireRtpCapabilities = z.infer<typeof rtpCapabilitiesSchema>;
export type WireDtlsParameters = z.infer<typeof dtlsParametersSchema>;

/** Transport options the server hands to the client (shape of mediasoup's WebRtcTransport). */
export interface TransportOptions {
  id: string;
  iceParameters: { usernameFragment: string; password: string; iceLite?: boolean };
  iceCandidates: Array<{
    foundation: string;
    priority: number;
    address: string;
    ip?: string;
    protocol: 'udp' | 'tcp';
    port: number;
    type: 'host' | 'srflx' | 'prflx' | 'relay';
    tcpType?: 'passive' | 'active' | 'so';
  }>;
  dtlsParameters: WireDtlsParameters;
  /** Present on receive transports, which carry the warm-up data channel. */
  sctpParameters?: { port: number; OS: number; MIS: number; maxMessageSize: number };
}

/** A server-side data consumer for the client to mirror (the receive transport's warm-up channel). */
export interface DataConsumerOptions {
  id: string;
  dataProducerId: string;
  sctpStreamParameters: { streamId: number; ordered?: boolean; maxPacketLifeTime?: number; maxRetransmits?: number };
  label: string;
  protocol: string;
}
