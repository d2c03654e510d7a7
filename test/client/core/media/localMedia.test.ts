import { describe, expect, it } from 'vitest';
import { classifyMediaError, LocalMedia } from '../../../../client/core/media/localMedia';
import { FakeMediaDevices } from '../../fakes';

const make = (devices = new FakeMediaDevices(), over: Partial<ConstructorParameters<typeof LocalMedia>[1]> = {}) =>
  new LocalMedia(devices, { micOn: true, cameraOn: true, micDeviceId: null, cameraDeviceId: null, ...over });

describe('LocalMedia', () => {
  it('asks once for mic and 720p camera with voice processing, then lists devices', async () => {
    const devices = new FakeMediaDevices();
    const local = make(devices);
    await local.start();
    expect(devices.calls).toHaveLength(1);
    const c = devices.calls[0]!;
    expect(c.audio).toMatchObject({ echoCancellation: true, noiseSuppression: true, autoGainControl: true });
    expect(c.video).toMatchObject({ width: { ideal: 1280 }, height: { ideal: 720 } });
    expect(local.state.get().mic.type).toBe('track');
    expect(local.state.get().camera.type).toBe('track');
    expect(local.state.get().devices.camera).toEqual([
      { deviceId: 'cam-1', label: 'Front camera' },
      { deviceId: 'cam-2', label: 'Camera 2' },
    ]);
  });

  it('keeps the mic when only the camera is missing', async () => {
    const devices = new FakeMediaDevices();
    devices.fail = { video: 'NotFoundError' };
    const local = make(devices);
    await local.start();
    expect(local.state.get()).toMatchObject({ mic: { type: 'track' }, camera: { type: 'placeholder', reason: 'no-device' }, cameraOn: false, micOn: true });
  });

  it('does not touch the camera when the member prefers it off', async () => {
    const devices = new FakeMediaDevices();
    const local = make(devices, { cameraOn: false });
    await local.start();
    expect(devices.calls[0]?.video).toBe(false);
    expect(local.state.get().camera).toEqual({ type: 'placeholder', reason: 'off' });
  });

  it('falls back to the default device when a remembered one is gone', async () => {
    const devices = new FakeMediaDevices();
    devices.missing.add('unplugged');
    const local = make(devices, { cameraOn: false, cameraDeviceId: 'unplugged' });
    await local.start();
    const track = await local.setCameraOn(true);
    expect(track?.getSettings().deviceId).toBe('cam-1');
    expect(devices.calls.map((c) => (c.video as MediaTrackConstraints | undefined)?.deviceId)).toEqual([undefined, { exact: 'unplugged' }, undefined]);
    expect(local.state.get().selected.camera).toBe('cam-1');
  });

  it('switching device stops the old track only after the new one works', async () => {
    const local = make();
    await local.start();
    const old = local.track('camera');
    const next = await local.selectDevice('camera', 'cam-2');
    expect(next?.getSettings().deviceId).toBe('cam-2');
    expect(old?.readyState).toBe('ended');
    expect(local.state.get().selected.camera).toBe('cam-2');
  });

  it('stops everything on dispose', async () => {
    const local = make();
    await local.start();
    const tracks = [local.track('mic'), local.track('camera')];
    local.dispose();
    expect(tracks.map((t) => t?.readyState)).toEqual(['ended', 'ended']);
  });

  it('classifies browser errors into calm reasons', () => {
    expect(classifyMediaError({ name: 'NotAllowedError' })).toBe('denied');
    expect(classifyMediaError({ name: 'NotFoundError' })).toBe('no-device');
    expect(classifyMediaError({ name: 'NotReadableError' })).toBe('in-use');
    expect(classifyMediaError(new Error('weird'))).toBe('error');
  });
});
