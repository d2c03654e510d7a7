import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AVATAR_COLOURS } from '../../../../client/core/avatar';
import { PALETTE, paletteColour } from '../../../../client/core/api/palette';

describe('avatar palette', () => {
  it('names every colour, and the stylesheet paints every one (no inline styles under the CSP)', () => {
    expect(PALETTE.map((c) => c.value)).toEqual([...AVATAR_COLOURS]);
    expect(new Set(PALETTE.map((c) => c.name)).size).toBe(AVATAR_COLOURS.length);
    const css = readFileSync(new URL('../../../../client/styles/account.css', import.meta.url), 'utf8');
    for (const colour of AVATAR_COLOURS) expect(css).toContain(`.swatch[data-colour='${colour}'] { background: ${colour}; }`);
  });

  it('recognises stored colours regardless of case, and nothing else', () => {
    expect(paletteColour('#3F6470')?.name).toBe('Slate teal');
    expect(paletteColour('#123456')).toBeNull();
    expect(paletteColour(null)).toBeNull();
  });
});
