// Which zone a member sees schedules in: their saved choice if it is still a real zone, else the
// browser's own zone, else UTC. Kept in this device's prefs only; the server never learns it.
import { loadPrefs, savePrefs, type KeyValue } from '../prefs';
import { isValidZone } from './zones';

/** The browser's zone ('Europe/London'), or 'UTC' when it reports none or one luxon cannot read. */
export function browserZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

export interface ViewerZone {
  zone: string;
  /** True when the zone came from the browser, not from a choice the member saved. */
  detected: boolean;
}

export function loadViewerZone(storage?: KeyValue | null, detect: () => string = browserZone): ViewerZone {
  const saved = (storage === undefined ? loadPrefs() : loadPrefs(storage)).viewerZone;
  if (saved && isValidZone(saved)) return { zone: saved, detected: false };
  return { zone: detect(), detected: true };
}

/** Remember a chosen zone; null (or the browser's own zone) goes back to following the browser. */
export function saveViewerZone(zone: string | null, storage?: KeyValue | null, detect: () => string = browserZone): ViewerZone {
  const follow = zone === null || !isValidZone(zone) || zone === detect();
  const patch = { viewerZone: follow ? null : zone };
  if (storage === undefined) savePrefs(patch);
  else savePrefs(patch, storage);
  return follow ? { zone: detect(), detected: true } : { zone, detected: false };
}
