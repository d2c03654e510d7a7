// Hand-written RTP parameters of the kind Chromium sends, so signalling can be tested without a
// browser. mediasoup accepts producers on a transport before ICE connects; no media flows here.
let nextSsrc = 100_000;

export function opusParameters() {
  return {
    mid: '0',
    codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2, parameters: { useinbandfec: 1 }, rtcpFeedback: [] }],
    headerExtensions: [{ uri: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level', id: 1 }],
    encodings: [{ ssrc: nextSsrc++ }],
    rtcp: { cname: 'test-audio' },
  };
}

/** VP8 with three simulcast encodings, as a 720p camera sends them. */
export function vp8SimulcastParameters() {
  return {
    mid: '1',
    codecs: [
      { mimeType: 'video/VP8', payloadType: 96, clockRate: 90000, rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }, { type: 'goog-remb' }, { type: 'transport-cc' }] },
      { mimeType: 'video/rtx', payloadType: 97, clockRate: 90000, parameters: { apt: 96 } },
    ],
    headerExtensions: [{ uri: 'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01', id: 3 }],
    encodings: [0, 1, 2].map(() => ({ ssrc: nextSsrc++, rtx: { ssrc: nextSsrc++ } })),
    rtcp: { cname: 'test-video' },
  };
}

export const FAKE_DTLS = {
  role: 'client' as const,
  fingerprints: [{ algorithm: 'sha-256', value: 'AB:'.repeat(31) + 'AB' }],
};
