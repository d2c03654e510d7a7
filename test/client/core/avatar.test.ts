import { describe, expect, it } from 'vitest';
import { AVATAR_COLOURS, colourOf, initialsOf } from '../../../client/core/avatar';

describe('initialsOf', () => {
  it('uses first and last word, or two letters of one word', () => {
    expect(initialsOf('robin')).toBe('RO');
    expect(initialsOf('Sam  de  Vries')).toBe('SV');
    expect(initialsOf('  ')).toBe('?');
  });

  it('keeps accented letters and emoji whole', () => {
    expect(initialsOf('élodie')).toBe('ÉL');
    expect(initialsOf('🌻 Sunny')).toBe('🌻S');
  });
});

describe('colourOf', () => {
  it('is stable for a name, ignores case and spacing, and comes from the calm palette', () => {
    expect(colourOf('Robin')).toBe(colourOf(' robin '));
    expect(AVATAR_COLOURS).toContain(colourOf('Robin'));
  });

  it('spreads different names across the palette', () => {
    const used = new Set(['Ann', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kai', 'Lu'].map(colourOf));
    expect(used.size).toBeGreaterThanOrEqual(5);
  });
});
