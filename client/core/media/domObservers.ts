// Browser observers for rendered video elements: their size in device pixels (for viewport
// reports) and their first decoded frame (for join-to-first-frame timing).

/** Calls back with the element's size in device pixels; 0×0 when it is hidden or removed. */
export function observeDeviceSize(element: HTMLElement, onSize: (width: number, height: number) => void): () => void {
  const dpr = (): number => globalThis.devicePixelRatio || 1;
  const emit = (): void => {
    const rect = element.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && document.visibilityState !== 'hidden';
    onSize(visible ? Math.round(rect.width * dpr()) : 0, visible ? Math.round(rect.height * dpr()) : 0);
  };
  const Observer = globalThis.ResizeObserver;
  const observer = Observer ? new Observer(emit) : null;
  observer?.observe(element);
  // A background tab sees nothing: let the server send the smallest layer meanwhile.
  document.addEventListener('visibilitychange', emit);
  emit();
  return () => {
    observer?.disconnect();
    document.removeEventListener('visibilitychange', emit);
    onSize(0, 0);
  };
}

type FrameCallbackVideo = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: () => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/** Calls back once, when the first frame is presented (or first data loads, on older browsers). */
export function onFirstFrame(video: HTMLVideoElement, callback: () => void): () => void {
  const v = video as FrameCallbackVideo;
  if (typeof v.requestVideoFrameCallback === 'function') {
    const handle = v.requestVideoFrameCallback(() => callback());
    return () => v.cancelVideoFrameCallback?.(handle);
  }
  const listener = (): void => callback();
  video.addEventListener('loadeddata', listener, { once: true });
  return () => video.removeEventListener('loadeddata', listener);
}
