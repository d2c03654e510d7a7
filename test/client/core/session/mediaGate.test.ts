import { describe, expect, it } from 'vitest';
import { LocalMedia } from '../../../../client/core/media/localMedia';
import { gateOnFirstToken } from '../../../../client/core/session/mediaGate';
import { RoomSession } from '../../../../client/core/session/roomSession';
import { FakeMediaDevices, FakeSignalling, ManualTimers, settle, StubMedia } from '../../fakes';

const flag = (p: Promise<void>) => {
  const seen = { done: false };
  void p.then(() => (seen.done = true));
  return seen;
};

describe('gateOnFirstToken', () => {
  it('opens on the first token granted, not on a refusal, and passes tokens and refusals through', async () => {
    const answers: Array<string | Error> = [new Error('not open yet'), 'tok-1', 'tok-2'];
    const gated = gateOnFirstToken(async () => {
      const a = answers.shift()!;
      if (a instanceof Error) throw a;
      return a;
    });
    const granted = flag(gated.granted);
    await expect(gated.source()).rejects.toThrow('not open yet');
    await settle();
    expect(granted.done).toBe(false);
    await expect(gated.source()).resolves.toBe('tok-1');
    await settle();
    expect(granted.done).toBe(true);
    await expect(gated.source()).resolves.toBe('tok-2');
  });
});

describe('RoomSession with a media gate', () => {
  const make = (mediaAfter: Promise<void>) => {
    const devices = new FakeMediaDevices();
    const local = new LocalMedia(devices, { micOn: true, cameraOn: true, micDeviceId: null, cameraDeviceId: null });
    const signalling = new FakeSignalling();
    const session = new RoomSession('kfr-wqpz-mtd', { signalling, loadDevice: new StubMedia().loadDevice, local, timers: new ManualTimers(), mediaAfter });
    return { devices, local, session };
  };

  it('asks for no camera or microphone until the gate opens, then starts them', async () => {
    let open = (): void => undefined;
    const { devices, local } = make(new Promise<void>((r) => (open = r)));
    await settle();
    expect(devices.calls).toEqual([]);
    expect(local.state.get().camera).toEqual({ type: 'placeholder', reason: 'starting' });
    open();
    await settle();
    expect(devices.calls).toHaveLength(1);
    expect(local.state.get().camera.type).toBe('track');
  });

  it('never asks when the page left (or showed "not open yet") before the gate opened', async () => {
    let open = (): void => undefined;
    const { devices, session } = make(new Promise<void>((r) => (open = r)));
    session.dispose();
    open();
    await settle();
    expect(devices.calls).toEqual([]);
  });
});
