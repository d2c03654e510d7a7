// What the browser remembers between visits: the pseudonym, chosen devices, whether the member
// prefers to start with camera or mic off, and the time zone schedules are shown in. Only on this
// device; never sent anywhere.
import { z } from 'zod';

export interface Prefs {
  displayName: string;
  micDeviceId: string | null;
  cameraDeviceId: string | null;
  startMicOn: boolean;
  startCameraOn: boolean;
  /** The IANA zone the member chose for schedules; null = follow the browser (client/core/schedule/viewerZone.ts). */
  viewerZone: string | null;
}

export const DEFAULT_PREFS: Prefs = {
  displayName: '',
  micDeviceId: null,
  cameraDeviceId: null,
  startMicOn: true,
  startCameraOn: true,
  viewerZone: null,
};

const KEY = 'hearth.prefs.v1';

const prefsSchema = z.object({
  displayName: z.string().max(200).catch(''),
  micDeviceId: z.string().max(512).nullable().catch(null),
  cameraDeviceId: z.string().max(512).nullable().catch(null),
  startMicOn: z.boolean().catch(true),
  startCameraOn: z.boolean().catch(true),
  viewerZone: z.string().max(64).nullable().catch(null),
});

/** The subset of Storage we use, so tests can pass a Map-backed fake. */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): KeyValue | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Private modes and blocked storage throw on access; we then just don't remember.
    return null;
  }
}

export function loadPrefs(storage: KeyValue | null = defaultStorage()): Prefs {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return { ...DEFAULT_PREFS };
    const parsed = prefsSchema.safeParse({ ...DEFAULT_PREFS, ...JSON.parse(raw) });
    return parsed.success ? parsed.data : { ...DEFAULT_PREFS };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

export function savePrefs(patch: Partial<Prefs>, storage: KeyValue | null = defaultStorage()): Prefs {
  const next = { ...loadPrefs(storage), ...patch };
  try {
    storage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Quota or privacy settings: remembering is a convenience, not a requirement.
  }
  return next;
}
