import { describe, expect, it } from 'vitest';
import { autoAssign, mulberry32 } from '../../../../shared/session';

const people = (n: number): string[] => Array.from({ length: n }, (_, i) => `p${i + 1}`);
const roomIds = (k: number): string[] => Array.from({ length: k }, (_, i) => `b${i + 1}`);

function sizes(assignment: Record<string, string>, k: number): number[] {
  const count = roomIds(k).map((id) => Object.values(assignment).filter((r) => r === id).length);
  return count;
}

describe('auto assignment', () => {
  it('puts everyone in exactly one room, sizes differing by at most one, for many sizes', () => {
    for (let n = 1; n <= 40; n++) {
      for (let k = 1; k <= 12; k++) {
        const a = autoAssign(people(n), roomIds(k), [], n * 31 + k);
        expect(Object.keys(a).sort()).toEqual(people(n).sort());
        const s = sizes(a, k);
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is deterministic for a seed, and another seed gives another arrangement', () => {
    const a = autoAssign(people(20), roomIds(4), [], 42);
    expect(autoAssign(people(20), roomIds(4), [], 42)).toEqual(a);
    expect(autoAssign(people(20), roomIds(4), [], 43)).not.toEqual(a);
  });

  it('keeps every keep-apart pair in different rooms when the sizes allow it', () => {
    const pairs: Array<[string, string]> = [['p1', 'p2'], ['p1', 'p3'], ['p2', 'p3'], ['p4', 'p5'], ['p6', 'p7'], ['p8', 'p1']];
    for (let seed = 0; seed < 200; seed++) {
      const a = autoAssign(people(12), roomIds(3), pairs, seed);
      for (const [x, y] of pairs) expect(a[x], `seed ${seed}: ${x} and ${y}`).not.toBe(a[y]);
      const s = sizes(a, 3);
      expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
    }
  });

  it('separates a chain of pairs in pairs of rooms (needs the swap repair, not only the greedy pass)', () => {
    // Eight people in two rooms of four, p1..p8 each kept apart from the next: only alternate seating works.
    const chain: Array<[string, string]> = people(7).map((p, i): [string, string] => [p, `p${i + 2}`]);
    for (let seed = 0; seed < 100; seed++) {
      const a = autoAssign(people(8), roomIds(2), chain, seed);
      for (const [x, y] of chain) expect(a[x]).not.toBe(a[y]);
    }
  });

  it('when a pair cannot be kept apart (one room) everyone is still assigned', () => {
    const a = autoAssign(people(3), roomIds(1), [['p1', 'p2']], 5);
    expect(a).toEqual({ p1: 'b1', p2: 'b1', p3: 'b1' });
  });

  it('with more clashes than rooms allow, still balanced and the fewest pairs share a room', () => {
    // Three people who must all be apart, in two rooms: one pair has to share, no more.
    const triangle: Array<[string, string]> = [['p1', 'p2'], ['p2', 'p3'], ['p1', 'p3']];
    for (let seed = 0; seed < 50; seed++) {
      const a = autoAssign(people(4), roomIds(2), triangle, seed);
      expect(triangle.filter(([x, y]) => a[x] === a[y])).toHaveLength(1);
      expect(sizes(a, 2)).toEqual([2, 2]);
    }
  });

  it('ignores pairs naming someone not being assigned, and assigns nobody without rooms or people', () => {
    expect(Object.keys(autoAssign(people(4), roomIds(2), [['p1', 'ghost']], 1))).toHaveLength(4);
    expect(autoAssign([], roomIds(2), [], 1)).toEqual({});
    expect(autoAssign(people(2), [], [], 1)).toEqual({});
  });

  it('mulberry32 is a seeded generator in [0, 1)', () => {
    const r = mulberry32(9);
    const values = Array.from({ length: 1000 }, () => r());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(9)()).toBe(values[0]);
  });
});
