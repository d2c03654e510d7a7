// The composition root of a room session in the browser: real socket, real mediasoup-client,
// real devices, and prefs in localStorage. Tests build RoomSession with fakes instead.
import { LocalMedia } from './media/localMedia';
import type { LoadDevice } from './media/engine';
import { loadPrefs, savePrefs } from './prefs';
import { gateOnFirstToken } from './session/mediaGate';
import { RoomSession } from './session/roomSession';
import { ApiError } from './api/apiError';
import { createApiClient } from './api/client';
import { targetRoomId, type RoomTarget } from './roomTarget';
import { noteJoinTokenOutcome, notOpenMessage, notOpenReason } from './schedule/notOpen';
import { loadViewerZone } from './schedule/viewerZone';
import { createSocketSignalling, type TokenSource } from './signalling';

// mediasoup-client is loaded when a room opens, so the landing page stays small on slow links.
const loadDevice: LoadDevice = async (caps) => (await import('./media/mediasoupEngine')).loadMediasoupDevice(caps);


/** A fresh join token from the API before each socket (re)connection: the server checks who we are. */
function tokenSource(target: RoomTarget): TokenSource {
  const api = createApiClient((input, init) => fetch(input, init));
  return async () => {
    try {
      const { token } =
        target.kind === 'group'
          ? await api.call('joinToken', { params: { groupId: target.groupId } })
          : await api.call('roomJoinToken', { params: { roomId: target.roomId } });
      noteJoinTokenOutcome(targetRoomId(target), null);
      return token;
    } catch (error) {
      // A scheduled room that is not open yet: the session page shows when it opens (SessionNotOpen).
      noteJoinTokenOutcome(targetRoomId(target), error);
      throw new Error(refusalMessage(target, error));
    }
  };
}

/** What to tell someone the API will not give a join token to. */
function refusalMessage(target: RoomTarget, error: unknown): string {
  const notOpen = notOpenReason(error);
  if (notOpen) return notOpenMessage(notOpen, Date.now(), loadViewerZone().zone);
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 0 || status === 429 || status >= 500) return error instanceof Error ? error.message : 'We could not reach Hearth.';
  if (target.kind === 'group') {
    return 'This browser is not a member of this group. If you joined on another device, use your recovery code; otherwise ask your facilitator for an invite.';
  }
  // 401: neither signed in nor holding a guest pass for this room (an expired pass included).
  return status === 401
    ? 'This room is for its host and invited guests. Ask the host for a guest link, or sign in if you are the host.'
    : 'We could not open this room. Check the link, or ask the host for a new one.';
}

export function createSession(target: RoomTarget): RoomSession {
  // Start fetching mediasoup-client now, in parallel with connecting, not after room:prepare.
  void import('./media/mediasoupEngine').catch(() => undefined);
  const prefs = loadPrefs();
  const local = new LocalMedia(navigator.mediaDevices ?? null, {
    micOn: prefs.startMicOn,
    cameraOn: prefs.startCameraOn,
    micDeviceId: prefs.micDeviceId,
    cameraDeviceId: prefs.cameraDeviceId,
  });
  // No camera light before the server lets us in (a session not open yet, a refused link).
  const tokens = gateOnFirstToken(tokenSource(target));
  return new RoomSession(targetRoomId(target), {
    signalling: createSocketSignalling(tokens.source),
    loadDevice,
    local,
    mediaAfter: tokens.granted,
    savePrefs: (patch) => void savePrefs(patch),
  });
}
