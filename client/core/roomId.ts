// Room ids: random, unguessable, easy to read aloud (`kfr-wqpz-mtd`), and parsing of pasted links.
import { roomIdSchema } from '../../shared/protocol';

// No vowels-only trickery needed; 26 letters × 10 positions ≈ 47 bits, plenty against guessing
// when rooms are short-lived and the server rate-limits joins.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const GROUPS = [3, 4, 3] as const;

export type RandomFill = (bytes: Uint8Array) => Uint8Array;

const cryptoFill: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** A fresh room id such as `kfr-wqpz-mtd`, from a cryptographic random source. */
export function generateRoomId(fill: RandomFill = cryptoFill): string {
  const total = GROUPS.reduce((a, b) => a + b, 0);
  const letters: string[] = [];
  while (letters.length < total) {
    const bytes = fill(new Uint8Array(total * 2));
    for (const b of bytes) {
      // Rejection sampling: 256 is not a multiple of 26, so drop the top bytes to stay uniform.
      if (b >= 26 * 9) continue;
      letters.push(ALPHABET[b % 26] as string);
      if (letters.length === total) break;
    }
  }
  const parts: string[] = [];
  let at = 0;
  for (const size of GROUPS) {
    parts.push(letters.slice(at, at + size).join(''));
    at += size;
  }
  return parts.join('-');
}

export function isValidRoomId(value: string): boolean {
  return roomIdSchema.safeParse(value).success;
}

/** The room id inside whatever someone pasted: a full link, a path, or the bare code. */
export function parseRoomInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const match = /(?:^|\/)r\/([^/?#\s]+)/.exec(text);
  const candidate = (match ? match[1] ?? '' : text).toLowerCase();
  return isValidRoomId(candidate) ? candidate : null;
}

export function roomPath(roomId: string): string {
  return `/r/${roomId}`;
}

export function roomLink(roomId: string, origin: string): string {
  return `${origin}${roomPath(roomId)}`;
}
