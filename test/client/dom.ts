// happy-dom has no WebRTC or MediaStream; UI tests only need the objects to exist.
import { vi } from 'vitest';

export function installMediaStubs(): void {
  if (!('MediaStream' in globalThis)) {
    vi.stubGlobal(
      'MediaStream',
      class {
        constructor(readonly tracks: unknown[] = []) {}
        getTracks() {
          return this.tracks;
        }
      },
    );
  }
  const proto = globalThis.HTMLMediaElement?.prototype as unknown as { play?: () => Promise<void> } | undefined;
  if (proto) proto.play = () => Promise.resolve();
}
