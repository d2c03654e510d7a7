// A <video> for one track. Muted always: voices play through their own <audio> elements, so a
// video re-mount never cuts someone off mid-sentence.
import { useRef } from 'react';
import { useDeviceSize, useFirstFrame, useTrack } from '../hooks/useMediaElement';

interface Props {
  track: MediaStreamTrack;
  mirrored?: boolean;
  onSize?: ((width: number, height: number) => void) | null;
  onFirstFrame?: (() => void) | null;
}

export function VideoView({ track, mirrored = false, onSize = null, onFirstFrame = null }: Props) {
  const ref = useRef<HTMLVideoElement>(null);
  useTrack(ref, track);
  useDeviceSize(ref, onSize);
  useFirstFrame(ref, track, onFirstFrame);
  return <video ref={ref} className={mirrored ? 'video video--mirrored' : 'video'} autoPlay playsInline muted />;
}

export function AudioSink({ track }: { track: MediaStreamTrack }) {
  const ref = useRef<HTMLAudioElement>(null);
  useTrack(ref, track);
  return <audio ref={ref} autoPlay />;
}
