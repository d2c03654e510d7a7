import { describe, expect, it } from 'vitest';
import { levelToUnit } from '../../../client/core/levels';
import { levelFromSamples } from '../../../client/core/media/levelMeter';

describe('levelToUnit', () => {
  it('maps dBov onto 0..1 with silence at 0 and loud speech at 1', () => {
    expect(levelToUnit(null)).toBe(0);
    expect(levelToUnit(-127)).toBe(0);
    expect(levelToUnit(-35)).toBe(0.5);
    expect(levelToUnit(0)).toBe(1);
  });
});

describe('levelFromSamples', () => {
  it('is 0 for silence, 1 for full scale, and in between for speech-like levels', () => {
    expect(levelFromSamples(new Float32Array(256))).toBe(0);
    expect(levelFromSamples(new Float32Array(256).fill(1))).toBe(1);
    const mid = levelFromSamples(new Float32Array(256).fill(0.03)); // about -30 dBFS
    expect(mid).toBeGreaterThan(0.4);
    expect(mid).toBeLessThan(0.6);
  });
});
