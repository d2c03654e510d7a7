import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, loadPrefs, savePrefs, type KeyValue } from '../../../client/core/prefs';

function memory(initial: Record<string, string> = {}): KeyValue & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('prefs', () => {
  it('round-trips the pseudonym and device choices', () => {
    const store = memory();
    savePrefs({ displayName: 'Robin', cameraDeviceId: 'cam-2', startCameraOn: false }, store);
    expect(loadPrefs(store)).toEqual({ ...DEFAULT_PREFS, displayName: 'Robin', cameraDeviceId: 'cam-2', startCameraOn: false });
  });

  it('falls back to defaults for corrupt or hostile data, field by field', () => {
    expect(loadPrefs(memory({ 'hearth.prefs.v1': '{not json' }))).toEqual(DEFAULT_PREFS);
    const odd = loadPrefs(memory({ 'hearth.prefs.v1': JSON.stringify({ displayName: 'Sam', startMicOn: 'yes', micDeviceId: 42 }) }));
    expect(odd).toEqual({ ...DEFAULT_PREFS, displayName: 'Sam' });
  });

  it('survives storage that throws', () => {
    const broken: KeyValue = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadPrefs(broken)).toEqual(DEFAULT_PREFS);
    expect(savePrefs({ displayName: 'X' }, broken).displayName).toBe('X');
  });
});
