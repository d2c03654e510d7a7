// The member's mic and camera choices → our producers. Toggles work the same on the prejoin
// screen and in the room: the choice is recorded in LocalMedia at once, and the producer
// follows when a media link is ready (setup applies whatever was chosen meanwhile).
import { RequestError } from '../errors';
import type { DeviceKind, LocalMedia } from '../media/localMedia';
import type { Prefs } from '../prefs';
import type { MediaLink, Wanted } from './mediaLink';

export interface PublisherDeps {
  local: LocalMedia;
  /** The media link, only once it is fully set up. */
  readyLink(): MediaLink | null;
  /** A failed producer request: the server lost track of us, so the session rebuilds. */
  onError(error: unknown, link: MediaLink): void;
  /** The server refused to resume (muted by the facilitator, the stick is elsewhere): the session
   *  is fine, only this toggle goes back to off. */
  onRefused(source: DeviceKind, error: RequestError): void;
  savePrefs?: (patch: Partial<Prefs>) => void;
}

export class Publisher {
  constructor(private readonly deps: PublisherDeps) {}

  wanted(source: DeviceKind): Wanted {
    const s = this.deps.local.state.get();
    return { track: this.deps.local.track(source), on: source === 'mic' ? s.micOn : s.cameraOn };
  }

  /** Used by setup: errors propagate so the whole setup can be retried. */
  async publishAll(link: MediaLink): Promise<void> {
    await Promise.all([link.sync('mic', () => this.wanted('mic')), link.sync('camera', () => this.wanted('camera'))]);
  }

  toggleMic(): Promise<void> {
    return this.setMicOn(!this.deps.local.state.get().micOn);
  }

  async setMicOn(on: boolean): Promise<void> {
    const { local } = this.deps;
    this.deps.savePrefs?.({ startMicOn: on });
    // Turning on a mic that failed before asks the browser again (the member may have allowed it).
    if (on && !local.track('mic') && !(await local.acquire('mic'))) return;
    local.setMicOn(on);
    await this.sync('mic');
  }

  toggleCamera(): Promise<void> {
    return this.setCameraOn(!this.deps.local.state.get().cameraOn);
  }

  async setCameraOn(on: boolean): Promise<void> {
    this.deps.savePrefs?.({ startCameraOn: on });
    if (on) {
      await this.deps.local.setCameraOn(true);
      await this.sync('camera');
      return;
    }
    // Pause first (sending stops at once), then stop the track so the camera light goes out.
    const paused = this.sync('camera', { track: null, on: false });
    await this.deps.local.setCameraOn(false);
    await paused;
  }

  async selectDevice(kind: DeviceKind, deviceId: string): Promise<void> {
    this.deps.savePrefs?.(kind === 'mic' ? { micDeviceId: deviceId } : { cameraDeviceId: deviceId });
    await this.deps.local.selectDevice(kind, deviceId);
    await this.sync(kind);
  }

  /** Bring one producer in line with the member's choice; never throws (UI calls this). */
  async sync(source: DeviceKind, override?: Wanted): Promise<void> {
    const link = this.deps.readyLink();
    if (!link) return;
    try {
      await link.sync(source, () => override ?? this.wanted(source));
    } catch (error) {
      if (error instanceof RequestError && error.code === 'conflict') this.deps.onRefused(source, error);
      else this.deps.onError(error, link);
    }
  }
}
