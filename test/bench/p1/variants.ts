// The three configurations one P1 run measures on the same worker, one after another:
// the product's (its router codecs, simulcast VP8, SRTP like its WebRTC consumers) and the
// reference kit's raw ones (bare opus + VP8, one encoding) with and without SRTP. Comparing the
// product with raw SRTP isolates what the product's own media choices cost; raw plain RTP is the
// physical ceiling of one worker on this machine. Unlike the kit, every variant here uses 4 MiB
// socket buffers and no bandwidth-estimation feedback (reasons below), so the raw figures come
// out above the kit's 1,700 / 800: the kit's consumers also ran transport-cc bookkeeping.
import type { RouterRtpCodecCapability, SrtpCryptoSuite } from 'mediasoup/types';
import { mediaCodecs } from '../../../server/sfu/codecs';
import type { Variant } from './room';
import { SOCKET_BUFFER_BYTES } from '../../../server/sfu/workerPool';

export type VariantName = 'product-srtp' | 'raw-srtp' | 'raw-plain';
export const VARIANT_NAMES: VariantName[] = ['product-srtp', 'raw-srtp', 'raw-plain'];

/** The reference kit's router: the minimum that carries its media. */
const RAW_CODECS: RouterRtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
];

/** Bandwidth estimation needs a receiver that answers with transport-cc or REMB feedback; the
 *  sink cannot, so the estimate would stay at its 600 kbps start per transport and starve simulcast
 *  consumers (measured: most sat on layer 0 or got nothing). Every variant therefore negotiates
 *  no BWE feedback, which keeps them comparable; real WebRTC consumers pay for BWE on top. */
const BWE = false;

/* Every variant gets the product's socket buffers (SOCKET_BUFFER_BYTES): near saturation the
 * first loss is the worker's ingress socket overflowing during keyframe bursts, and the kernel's
 * 208 KiB default would make that buffer, not the worker, set the limit. */

export function makeVariant(name: VariantName, suite: SrtpCryptoSuite, simulcast: boolean): Variant {
  const bwe = BWE;
  const socketBufferBytes = SOCKET_BUFFER_BYTES;
  switch (name) {
    case 'product-srtp':
      return {
        name, mediaCodecs, simulcast, srtp: suite, bwe, socketBufferBytes,
        description: `product router codecs (server/sfu/codecs.ts), ${simulcast ? 'VP8 simulcast 3 layers (consumers forward 640x480 ~800 kbps)' : 'VP8 one encoding 640x480 ~800 kbps'} + opus, SRTP ${suite} consumers, no BWE feedback, 4 MiB socket buffers`,
      };
    case 'raw-srtp':
      return { name, mediaCodecs: RAW_CODECS, simulcast: false, srtp: suite, bwe, socketBufferBytes,
        description: `reference kit: bare opus + VP8 router, VP8 one encoding 640x480 ~800 kbps + opus, SRTP ${suite} consumers, no BWE feedback, 4 MiB socket buffers` };
    case 'raw-plain':
      return { name, mediaCodecs: RAW_CODECS, simulcast: false, srtp: null, bwe, socketBufferBytes,
        description: 'reference kit: bare opus + VP8 router, VP8 one encoding 640x480 ~800 kbps + opus, plain RTP consumers, no BWE feedback, 4 MiB socket buffers' };
  }
}
