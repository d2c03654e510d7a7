import { describe, expect, it } from 'vitest';
import { hashToken, isTokenShaped, randomToken } from '../../../server/auth/tokens';

describe('random tokens', () => {
  it('are 32 random bytes in base64url, stored as their sha-256', () => {
    const t = randomToken();
    expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(isTokenShaped(t)).toBe(true);
    expect(randomToken()).not.toBe(t);
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t);
  });

  it('refuse other shapes before any lookup', () => {
    for (const bad of ['', 'abc', `${randomToken()}x`, '+'.repeat(43), ' '.repeat(43)]) expect(isTokenShaped(bad)).toBe(false);
  });
});
