// Attach a MediaStreamTrack to a <video>/<audio> element and, optionally, watch its size and
// first frame. React cannot set srcObject declaratively, so this is the one imperative bridge.
import { useEffect, type RefObject } from 'react';
import { observeDeviceSize, onFirstFrame } from '../core/media/domObservers';

export function useTrack(ref: RefObject<HTMLMediaElement | null>, track: MediaStreamTrack | null): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || !track) return;
    el.srcObject = new MediaStream([track]);
    // Autoplay can be refused before any click; the next user gesture retries through the page.
    void el.play().catch(() => undefined);
    return () => {
      el.srcObject = null;
    };
  }, [ref, track]);
}

export function useDeviceSize(ref: RefObject<HTMLElement | null>, onSize: ((w: number, h: number) => void) | null): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || !onSize) return;
    return observeDeviceSize(el, onSize);
  }, [ref, onSize]);
}

export function useFirstFrame(ref: RefObject<HTMLVideoElement | null>, track: MediaStreamTrack | null, onFrame: (() => void) | null): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || !track || !onFrame) return;
    return onFirstFrame(el, onFrame);
  }, [ref, track, onFrame]);
}
