// Auto assignment: balanced random circles (sizes differ by at most one) that keep "keep apart"
// pairs in different rooms whenever the sizes allow it. When they cannot be separated (one room, or
// more pairs than room for them) everyone is still assigned and as few pairs as we find share a room.
import { mulberry32, shuffled } from './random';

/** People by index; `roomOf[i]` is the room index of person i; `enemies[i]` the people i is kept apart from. */
interface Arrangement { roomOf: number[]; enemies: number[][] }

function enemiesOf(peers: readonly string[], keepApart: ReadonlyArray<readonly [string, string]>): number[][] {
  const index = new Map(peers.map((p, i) => [p, i]));
  const enemies = peers.map(() => new Set<number>());
  for (const [a, b] of keepApart) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    enemies[i]?.add(j);
    enemies[j]?.add(i);
  }
  return enemies.map((s) => [...s]);
}

/** How many of person i's keep-apart partners sit in room r, not counting person `except`. */
const clashes = (a: Arrangement, i: number, r: number, except = -1): number =>
  (a.enemies[i] ?? []).reduce((n, e) => n + (e !== except && a.roomOf[e] === r ? 1 : 0), 0);

/** Greedy: the most constrained first, each into the open room with the fewest clashes, then the most space. */
function place(order: number[], capacity: number[], enemies: number[][]): Arrangement {
  const a: Arrangement = { roomOf: enemies.map(() => -1), enemies };
  const size = capacity.map(() => 0);
  const byConstraint = [...order].sort((x, y) => (enemies[y]?.length ?? 0) - (enemies[x]?.length ?? 0));
  for (const i of byConstraint) {
    let best = -1;
    let bestClashes = Infinity;
    for (let r = 0; r < capacity.length; r++) {
      const space = (capacity[r] as number) - (size[r] as number);
      if (space <= 0) continue;
      const c = clashes(a, i, r);
      const bestSpace = best === -1 ? -1 : (capacity[best] as number) - (size[best] as number);
      if (c < bestClashes || (c === bestClashes && space > bestSpace)) {
        best = r;
        bestClashes = c;
      }
    }
    a.roomOf[i] = best;
    size[best] = (size[best] as number) + 1;
  }
  return a;
}

/** Swaps two people between rooms while that lowers the number of clashing pairs (it strictly falls, so this ends). */
function repair(a: Arrangement): void {
  const n = a.roomOf.length;
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < n; i++) {
      const ri = a.roomOf[i] as number;
      const before = clashes(a, i, ri);
      if (before === 0) continue;
      for (let j = 0; j < n; j++) {
        const rj = a.roomOf[j] as number;
        if (rj === ri) continue;
        const current = before + clashes(a, j, rj);
        const after = clashes(a, i, rj, j) + clashes(a, j, ri, i);
        if (after >= current) continue;
        a.roomOf[i] = rj;
        a.roomOf[j] = ri;
        improved = true;
        break;
      }
    }
  }
}

const totalClashes = (a: Arrangement): number => a.roomOf.reduce((sum, r, i) => sum + clashes(a, i, r), 0) / 2;

/** Swaps can get stuck (a long chain of pairs in two rooms); fresh shuffles from the same seed get out. */
const ATTEMPTS = 20;

/** peerId → room id for every peer given. Deterministic for the same peers (in the same order), rooms, pairs and seed. */
export function autoAssign(
  peers: readonly string[], roomIds: readonly string[], keepApart: ReadonlyArray<readonly [string, string]>, seed: number,
): Record<string, string> {
  if (roomIds.length === 0 || peers.length === 0) return {};
  const random = mulberry32(seed);
  // Which rooms get one more person is random too, so "Circle 1" is not always the biggest.
  const bigger = new Set(shuffled(roomIds.map((_, r) => r), random).slice(0, peers.length % roomIds.length));
  const capacity = roomIds.map((_, r) => Math.floor(peers.length / roomIds.length) + (bigger.has(r) ? 1 : 0));
  const enemies = enemiesOf(peers, keepApart);
  const people = peers.map((_, i) => i);
  let best: { a: Arrangement; clashes: number } | null = null;
  for (let attempt = 0; attempt < ATTEMPTS && (best === null || best.clashes > 0); attempt++) {
    const a = place(shuffled(people, random), capacity, enemies);
    repair(a);
    const count = totalClashes(a);
    if (best === null || count < best.clashes) best = { a, clashes: count };
  }
  const assignment: Record<string, string> = {};
  best?.a.roomOf.forEach((r, i) => (assignment[peers[i] as string] = roomIds[r] as string));
  return assignment;
}
