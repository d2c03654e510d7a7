// The avatar colours a member may pick when joining, with names for screen readers. Same calm
// tones as the initials circles in the room; styles/account.css paints each one by its value.
import { AVATAR_COLOURS } from '../avatar';

const NAMES = ['Terracotta', 'Olive', 'Slate teal', 'Dusk violet', 'Ochre', 'Evening blue', 'Plum', 'Moss'] as const;

export interface PaletteColour {
  value: string;
  name: string;
}

export const PALETTE: readonly PaletteColour[] = AVATAR_COLOURS.map((value, i) => ({ value, name: NAMES[i] ?? value }));

/** The palette entry for a stored colour, if it is one of ours (the server accepts any #rrggbb). */
export function paletteColour(value: string | null): PaletteColour | null {
  if (!value) return null;
  return PALETTE.find((c) => c.value === value.toLowerCase()) ?? null;
}
