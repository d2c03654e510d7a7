// Initials and a calm colour for a participant whose camera is off. The colour comes from the
// name, so a person keeps the same colour across sessions without storing anything.

/** Up to two letters: first letters of the first and last words, or the first two of one word. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  // Array.from splits by code point, so emoji and accented letters stay whole.
  const first = Array.from(words[0] ?? '');
  if (words.length === 1) return first.slice(0, 2).join('').toUpperCase();
  const last = Array.from(words[words.length - 1] ?? '');
  return `${first[0] ?? ''}${last[0] ?? ''}`.toUpperCase();
}

/** Muted, warm tones that keep white initials readable (contrast ≥ 4.5:1). */
export const AVATAR_COLOURS = [
  '#8a4f3d', // terracotta
  '#5b6b3a', // olive
  '#3f6470', // slate teal
  '#6b4f7a', // dusk violet
  '#8a6a2e', // ochre
  '#4d5f86', // evening blue
  '#7a4a5c', // plum
  '#3e6b55', // moss
] as const;

function hash(text: string): number {
  // FNV-1a: tiny, stable across browsers, good enough spread for 8 buckets.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function colourOf(name: string): string {
  const key = name.trim().toLowerCase();
  return AVATAR_COLOURS[hash(key) % AVATAR_COLOURS.length] as string;
}
