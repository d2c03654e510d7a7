// The member's own microphone and camera: acquiring tracks, device lists, and the on/off intent.
// It knows nothing about producers; RoomSession decides what to send. Media state is a union
// (a live track, or a placeholder with a reason), so the UI never guesses from nulls.
import { createStore, type ReadableStore } from '../store';
import { CAMERA_CONSTRAINTS, MIC_CONSTRAINTS } from './encodings';

export type PlaceholderReason = 'off' | 'starting' | 'denied' | 'no-device' | 'in-use' | 'error';

export type LocalSlot = { type: 'track'; track: MediaStreamTrack } | { type: 'placeholder'; reason: PlaceholderReason };

export interface DeviceOption {
  deviceId: string;
  label: string;
}

export type DeviceKind = 'mic' | 'camera';

export interface LocalMediaState {
  mic: LocalSlot;
  camera: LocalSlot;
  /** What the member asked for; a slot can still be a placeholder when the device failed. */
  micOn: boolean;
  cameraOn: boolean;
  devices: { mic: DeviceOption[]; camera: DeviceOption[] };
  selected: { mic: string | null; camera: string | null };
}

/** The part of navigator.mediaDevices we use, injectable for tests. */
export interface MediaDevicesLike {
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  enumerateDevices(): Promise<MediaDeviceInfo[]>;
  addEventListener?(type: 'devicechange', listener: () => void): void;
  removeEventListener?(type: 'devicechange', listener: () => void): void;
}

export function classifyMediaError(error: unknown): PlaceholderReason {
  const name = error instanceof Error || (typeof error === 'object' && error !== null) ? String((error as { name?: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-device';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'in-use';
  return 'error';
}

const placeholder = (reason: PlaceholderReason): LocalSlot => ({ type: 'placeholder', reason });

export class LocalMedia {
  private readonly store;
  private disposed = false;
  private readonly onDeviceChange = (): void => void this.refreshDevices();

  constructor(
    private readonly media: MediaDevicesLike | null,
    initial: { micOn: boolean; cameraOn: boolean; micDeviceId: string | null; cameraDeviceId: string | null },
  ) {
    this.store = createStore<LocalMediaState>({
      mic: placeholder('starting'),
      camera: placeholder(initial.cameraOn ? 'starting' : 'off'),
      micOn: initial.micOn,
      cameraOn: initial.cameraOn,
      devices: { mic: [], camera: [] },
      selected: { mic: initial.micDeviceId, camera: initial.cameraDeviceId },
    });
    media?.addEventListener?.('devicechange', this.onDeviceChange);
  }

  get state(): ReadableStore<LocalMediaState> {
    return this.store;
  }

  track(kind: DeviceKind): MediaStreamTrack | null {
    const slot = this.store.get()[kind];
    return slot.type === 'track' ? slot.track : null;
  }

  /**
   * Ask for the mic (always, so unmuting is instant) and the camera (only if wanted) in one
   * prompt; if that fails, try each alone so one missing device does not cost the other.
   */
  async start(): Promise<void> {
    if (this.disposed) return; // left (or shown "not open yet") before the devices were asked for
    const { cameraOn } = this.store.get();
    try {
      const stream = await this.getUserMedia({ audio: this.constraints('mic'), video: cameraOn ? this.constraints('camera') : false });
      this.adopt('mic', stream.getAudioTracks()[0]);
      if (cameraOn) this.adopt('camera', stream.getVideoTracks()[0]);
    } catch (error) {
      const reason = classifyMediaError(error);
      if (reason === 'denied') {
        this.failSlot('mic', 'denied');
        if (cameraOn) this.failSlot('camera', 'denied');
      } else {
        await Promise.all([this.acquire('mic'), cameraOn ? this.acquire('camera') : Promise.resolve(null)]);
      }
    }
    await this.refreshDevices();
  }

  /** Get a fresh track for one device (with the chosen deviceId, if any). Null on failure. */
  async acquire(kind: DeviceKind, deviceId?: string): Promise<MediaStreamTrack | null> {
    const wanted = deviceId ?? this.store.get().selected[kind];
    try {
      const constraints = this.constraints(kind, wanted);
      const stream = await this.getUserMedia(kind === 'mic' ? { audio: constraints } : { video: constraints });
      const track = (kind === 'mic' ? stream.getAudioTracks() : stream.getVideoTracks())[0] ?? null;
      if (!track) throw Object.assign(new Error('no track'), { name: 'NotFoundError' });
      this.adopt(kind, track);
      await this.refreshDevices();
      return track;
    } catch (error) {
      // A remembered device that is gone: fall back to the default device once.
      if (wanted && deviceId === undefined && classifyMediaError(error) === 'no-device') {
        this.store.update((s) => ({ ...s, selected: { ...s.selected, [kind]: null } }));
        return this.acquire(kind, '');
      }
      if (this.store.get()[kind].type !== 'track') this.failSlot(kind, classifyMediaError(error));
      return null;
    }
  }

  setMicOn(on: boolean): void {
    this.store.update((s) => ({ ...s, micOn: on }));
  }

  /** Camera off stops the track so the camera light goes out; on asks for a new one. */
  async setCameraOn(on: boolean): Promise<MediaStreamTrack | null> {
    this.store.update((s) => ({ ...s, cameraOn: on }));
    if (!on) {
      this.track('camera')?.stop();
      this.setSlot('camera', placeholder('off'));
      return null;
    }
    const existing = this.track('camera');
    if (existing) return existing;
    this.setSlot('camera', placeholder('starting'));
    const track = await this.acquire('camera');
    // The member may have switched it off again while the prompt was open.
    if (track && !this.store.get().cameraOn) {
      track.stop();
      this.setSlot('camera', placeholder('off'));
      return null;
    }
    return track;
  }

  /** Switch to another device; the old track stops only once the new one works. */
  async selectDevice(kind: DeviceKind, deviceId: string): Promise<MediaStreamTrack | null> {
    this.store.update((s) => ({ ...s, selected: { ...s.selected, [kind]: deviceId } }));
    if (kind === 'camera' && !this.store.get().cameraOn) return null;
    return this.acquire(kind, deviceId);
  }

  async refreshDevices(): Promise<void> {
    if (!this.media || this.disposed) return;
    try {
      const all = await this.media.enumerateDevices();
      const pick = (kind: MediaDeviceKind, noun: string): DeviceOption[] =>
        all
          .filter((d) => d.kind === kind && d.deviceId !== '')
          .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `${noun} ${i + 1}` }));
      this.store.update((s) => ({ ...s, devices: { mic: pick('audioinput', 'Microphone'), camera: pick('videoinput', 'Camera') } }));
    } catch {
      // Device lists are a nicety; the default device still works without them.
    }
  }

  /** Stop every track (leaving the room, or closing the tab). */
  dispose(): void {
    this.disposed = true;
    this.media?.removeEventListener?.('devicechange', this.onDeviceChange);
    this.track('mic')?.stop();
    this.track('camera')?.stop();
    this.store.update((s) => ({ ...s, mic: placeholder('off'), camera: placeholder('off') }));
  }

  private constraints(kind: DeviceKind, deviceId?: string | null): MediaTrackConstraints {
    const base = kind === 'mic' ? MIC_CONSTRAINTS : CAMERA_CONSTRAINTS;
    const id = deviceId === undefined ? this.store.get().selected[kind] : deviceId;
    return id ? { ...base, deviceId: { exact: id } } : { ...base };
  }

  private async getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
    if (!this.media) throw Object.assign(new Error('no media devices'), { name: 'NotFoundError' });
    return this.media.getUserMedia(constraints);
  }

  private adopt(kind: DeviceKind, track: MediaStreamTrack | undefined): void {
    if (!track) {
      this.failSlot(kind, 'no-device');
      return;
    }
    if (this.disposed) {
      track.stop();
      return;
    }
    const previous = this.track(kind);
    if (previous && previous !== track) previous.stop();
    const deviceId = track.getSettings?.().deviceId ?? null;
    this.store.update((s) => ({ ...s, [kind]: { type: 'track', track }, selected: { ...s.selected, [kind]: s.selected[kind] ?? deviceId } }));
  }

  /** A device that failed is shown as off (with the reason), so the toggle tells the truth. */
  private failSlot(kind: DeviceKind, reason: PlaceholderReason): void {
    const intent = kind === 'mic' ? 'micOn' : 'cameraOn';
    this.store.update((s) => ({ ...s, [kind]: placeholder(reason), [intent]: false }));
  }

  private setSlot(kind: DeviceKind, slot: LocalSlot): void {
    this.store.update((s) => ({ ...s, [kind]: slot }));
  }
}
