import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../../client/core/api/time';
import { usesLabel } from '../../../../client/core/api/labels';

const NOW = Date.parse('2025-11-25T12:00:00Z');

describe('relativeTime', () => {
  it('says how far away a moment is, in the largest sensible unit', () => {
    expect(relativeTime('2025-11-28T12:00:00Z', NOW)).toBe('in 3 days');
    expect(relativeTime('2025-11-25T14:00:00Z', NOW)).toBe('in 2 hours');
    expect(relativeTime('2025-11-24T12:00:00Z', NOW)).toBe('yesterday');
    expect(relativeTime('2025-11-25T11:30:00Z', NOW)).toBe('30 minutes ago');
    expect(relativeTime('2025-11-25T12:00:20Z', NOW)).toBe('now');
    expect(relativeTime('garbage', NOW)).toBe('');
  });
});

describe('usesLabel', () => {
  it('counts uses against the limit, if any', () => {
    expect(usesLabel({ uses: 2, maxUses: 10 })).toBe('2 of 10 uses');
    expect(usesLabel({ uses: 1, maxUses: null })).toBe('1 use, no limit');
  });
});
