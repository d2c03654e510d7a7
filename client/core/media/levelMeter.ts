// The prejoin "can they hear me?" meter: a WebAudio AnalyserNode on the mic track, read a few
// times a second. It runs only while the meter is on screen (lazy store).
import { createLazyStore, type ReadableStore } from '../store';

const POLL_MS = 80;
/** dBFS that maps to an empty meter; quiet rooms sit around -60. */
const FLOOR_DB = -60;

/** RMS of a block of samples, mapped from [FLOOR_DB, 0] dBFS onto 0..1. */
export function levelFromSamples(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) sum += s * s;
  const rms = Math.sqrt(sum / samples.length);
  if (rms <= 0) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

/**
 * A 0..1 level for whichever mic track is current. `watchTrack` calls back with the track now
 * and whenever it changes (device switch), and returns an unsubscribe.
 */
export function createLevelMeter(watchTrack: (cb: (track: MediaStreamTrack | null) => void) => () => void): ReadableStore<number> {
  return createLazyStore(0, (set) => {
    const AudioCtx = globalThis.AudioContext;
    if (!AudioCtx) return () => undefined;
    const ctx = new AudioCtx();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 1024;
    // Smooth a little so the bar breathes rather than flickers.
    let shown = 0;
    const buffer = new Float32Array(analyser.fftSize);
    let source: MediaStreamAudioSourceNode | null = null;
    let current: MediaStreamTrack | null = null;

    const unwatch = watchTrack((track) => {
      if (track === current) return;
      current = track;
      source?.disconnect();
      source = track ? ctx.createMediaStreamSource(new MediaStream([track])) : null;
      source?.connect(analyser);
      void ctx.resume().catch(() => undefined);
    });
    const timer = setInterval(() => {
      if (!current || !current.enabled || current.readyState !== 'live') {
        shown = 0;
      } else {
        analyser.getFloatTimeDomainData(buffer);
        const level = levelFromSamples(buffer);
        shown = level > shown ? level : shown * 0.7 + level * 0.3;
      }
      set(Math.round(shown * 100) / 100);
    }, POLL_MS);
    return () => {
      clearInterval(timer);
      unwatch();
      source?.disconnect();
      void ctx.close().catch(() => undefined);
    };
  });
}
