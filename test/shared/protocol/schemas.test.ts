import { describe, expect, it } from 'vitest';
import { displayNameSchema, roomIdSchema, schemas } from '../../../shared/protocol';

describe('room ids', () => {
  it.each(['abc', 'kfr-wqpz-mtd', 'a1-b2'])('accepts %s', (id) => expect(roomIdSchema.safeParse(id).success).toBe(true));
  it.each(['ab', 'ABC', '-abc', 'abc-', 'a b c', '../x', 'x'.repeat(65), ''])('refuses %j', (id) =>
    expect(roomIdSchema.safeParse(id).success).toBe(false),
  );
});

describe('display names', () => {
  it('trims and collapses whitespace', () => {
    expect(displayNameSchema.parse('  River \t Song ')).toBe('River Song');
  });
  it('keeps any script and emoji', () => {
    expect(displayNameSchema.parse('Zoë 🌻 李')).toBe('Zoë 🌻 李');
  });
  it.each(['', '   ', 'x'.repeat(41), 'a\u0000b', 'a\u202eb', 'a\u200bb'])('refuses %j', (name) =>
    expect(displayNameSchema.safeParse(name).success).toBe(false),
  );
});

describe('request schemas', () => {
  it('refuses unknown fields so nothing untyped crosses the wire', () => {
    expect(schemas['room:leave'].safeParse({ sneaky: 1 }).success).toBe(false);
  });
  it('defaults producers to unpaused', () => {
    const p = schemas['producer:create'].parse({
      transportId: 't',
      kind: 'audio',
      source: 'mic',
      rtpParameters: { codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000 }] },
    });
    expect(p.paused).toBe(false);
  });
  it('bounds viewport sizes', () => {
    expect(schemas['consumer:viewport'].safeParse({ consumerId: 'c', width: -1, height: 10 }).success).toBe(false);
    expect(schemas['consumer:viewport'].safeParse({ consumerId: 'c', width: 1.5, height: 10 }).success).toBe(false);
  });
});
