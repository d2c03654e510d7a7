// How we send camera video: three VP8 simulcast layers so the server can give each viewer the
// size their tile needs (a phone in a 3×3 grid does not need 720p).

export interface SimulcastLayer {
  scaleResolutionDownBy: number;
  maxBitrate: number;
}

export const CAMERA_SIMULCAST: readonly SimulcastLayer[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 150_000 },
  { scaleResolutionDownBy: 2, maxBitrate: 500_000 },
  { scaleResolutionDownBy: 1, maxBitrate: 1_200_000 },
];

export const PREFERRED_VIDEO_CODEC = 'video/vp8';

/** Chromium only sends three layers when the capture is at least 720p; 640×480 gives two. */
export const CAMERA_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 1280 },
  height: { ideal: 720 },
  frameRate: { ideal: 30, max: 30 },
};

export const MIC_CONSTRAINTS: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};
