import { describe, expect, it } from 'vitest';
import type { KeyValue } from '../../../../client/core/prefs';
import { browserZone, loadViewerZone, saveViewerZone } from '../../../../client/core/schedule/viewerZone';

function memory(initial: Record<string, string> = {}): KeyValue & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

const detect = (): string => 'Europe/London';

describe('viewerZone', () => {
  it('follows the browser until the member chooses, then remembers the choice on this device', () => {
    const store = memory();
    expect(loadViewerZone(store, detect)).toEqual({ zone: 'Europe/London', detected: true });
    expect(saveViewerZone('America/New_York', store, detect)).toEqual({ zone: 'America/New_York', detected: false });
    expect(loadViewerZone(store, detect)).toEqual({ zone: 'America/New_York', detected: false });
    expect(JSON.parse(store.data['hearth.prefs.v1'] ?? '{}')).toMatchObject({ viewerZone: 'America/New_York' });
  });

  it('goes back to following the browser for null, the browser’s own zone, or a zone that is not real', () => {
    const store = memory();
    saveViewerZone('Asia/Tokyo', store, detect);
    expect(saveViewerZone(null, store, detect)).toEqual({ zone: 'Europe/London', detected: true });
    saveViewerZone('Asia/Tokyo', store, detect);
    expect(saveViewerZone('Europe/London', store, detect).detected).toBe(true);
    expect(saveViewerZone('Mars/Base', store, detect)).toEqual({ zone: 'Europe/London', detected: true });
    expect(loadViewerZone(store, detect).detected).toBe(true);
  });

  it('ignores a saved zone that is no longer valid', () => {
    const store = memory({ 'hearth.prefs.v1': JSON.stringify({ viewerZone: 'Nowhere/Land' }) });
    expect(loadViewerZone(store, detect)).toEqual({ zone: 'Europe/London', detected: true });
  });

  it('reads the browser’s zone as a real IANA name', () => {
    expect(browserZone()).toMatch(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/);
  });
});
