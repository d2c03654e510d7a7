// The codecs every room's Router offers: opus for voice, VP8 (simulcast) and H264 for video.
import type { RouterRtpCodecCapability } from 'mediasoup/types';

/** kbps Chromium starts its video bandwidth estimate at; without it the top simulcast layer lags for seconds. */
export const VIDEO_START_BITRATE_KBPS = 1000;

export const mediaCodecs: RouterRtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  {
    kind: 'video',
    mimeType: 'video/VP8',
    clockRate: 90000,
    parameters: { 'x-google-start-bitrate': VIDEO_START_BITRATE_KBPS },
  },
  {
    kind: 'video',
    mimeType: 'video/H264',
    clockRate: 90000,
    parameters: {
      'packetization-mode': 1,
      'profile-level-id': '42e01f',
      'level-asymmetry-allowed': 1,
      'x-google-start-bitrate': VIDEO_START_BITRATE_KBPS,
    },
  },
];
