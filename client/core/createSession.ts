// The composition root of a room session in the browser: real socket, real mediasoup-client,
// real devices, and prefs in localStorage. Tests build RoomSession with fakes instead.
import { LocalMedia } from './media/localMedia';
import type { LoadDevice } from './media/engine';
import { loadPrefs, savePrefs } from './prefs';
import { RoomSession } from './session/roomSession';
import { createSocketSignalling } from './signalling';

// mediasoup-client is loaded when a room opens, so the landing page stays small on slow links.
const loadDevice: LoadDevice = async (caps) => (await import('./media/mediasoupEngine')).loadMediasoupDevice(caps);

export function createSession(roomId: string): RoomSession {
  // Start fetching mediasoup-client now, in parallel with connecting, not after room:prepare.
  void import('./media/mediasoupEngine').catch(() => undefined);
  const prefs = loadPrefs();
  const local = new LocalMedia(navigator.mediaDevices ?? null, {
    micOn: prefs.startMicOn,
    cameraOn: prefs.startCameraOn,
    micDeviceId: prefs.micDeviceId,
    cameraDeviceId: prefs.cameraDeviceId,
  });
  return new RoomSession(roomId, {
    signalling: createSocketSignalling(),
    loadDevice,
    local,
    savePrefs: (patch) => void savePrefs(patch),
  });
}
