import { describe, expect, it } from 'vitest';
import { roomIdSchema } from '../../../shared/protocol';
import { generateRoomId, isValidRoomId, parseRoomInput, roomLink } from '../../../client/core/roomId';

describe('generateRoomId', () => {
  it('makes three groups of lowercase letters that the server accepts', () => {
    for (let i = 0; i < 200; i += 1) {
      const id = generateRoomId();
      expect(id).toMatch(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
      expect(roomIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('is not repetitive', () => {
    const ids = new Set(Array.from({ length: 500 }, () => generateRoomId()));
    expect(ids.size).toBe(500);
  });

  it('rejects biased bytes (≥ 234) instead of folding them onto early letters', () => {
    const sequence = [255, 250, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 25];
    let call = 0;
    const fill = (bytes: Uint8Array): Uint8Array => {
      bytes.fill(0);
      if (call++ === 0) sequence.forEach((b, i) => (bytes[i] = b));
      return bytes;
    };
    expect(generateRoomId(fill)).toBe('abc-defg-hij');
  });
});

describe('parseRoomInput', () => {
  it('accepts a bare code, a full link, a path and stray spaces or capitals', () => {
    expect(parseRoomInput('kfr-wqpz-mtd')).toBe('kfr-wqpz-mtd');
    expect(parseRoomInput('  https://hearth.example/r/kfr-wqpz-mtd?x=1 ')).toBe('kfr-wqpz-mtd');
    expect(parseRoomInput('/r/KFR-WQPZ-MTD')).toBe('kfr-wqpz-mtd');
  });

  it('rejects junk', () => {
    expect(parseRoomInput('')).toBeNull();
    expect(parseRoomInput('hello world')).toBeNull();
    expect(parseRoomInput('https://hearth.example/r/')).toBeNull();
    expect(isValidRoomId('-abc')).toBe(false);
  });

  it('builds shareable links', () => {
    expect(roomLink('kfr-wqpz-mtd', 'https://hearth.example')).toBe('https://hearth.example/r/kfr-wqpz-mtd');
  });
});
