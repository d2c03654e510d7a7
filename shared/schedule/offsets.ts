// UTC offsets of IANA zones from luxon, cached as exact transition tables: asking Intl costs
// microseconds per call, and a year of 1,000 weekly series needs hundreds of thousands of
// answers. Tables are built lazily per 32-day block by sampling daily and bisecting each change
// to the second (tz transitions fall on whole seconds). The ICS writer reads its VTIMEZONEs from
// the same tables (zoneTransitions), so they describe exactly the offsets occurrences use.
import { IANAZone } from 'luxon';
import { MS_PER_DAY } from './calendar';

const BLOCK_DAYS = 32;
const BLOCK_MS = BLOCK_DAYS * MS_PER_DAY;
/** Bounds memory for long-running servers; a rebuild costs a few milliseconds per zone-month. */
const MAX_CACHED_BLOCKS = 50_000;

interface Block {
  /** Offset (minutes) at the block's first instant. */
  first: number;
  /** Changes inside the block: `at` is the first instant (ms) with `offset`. */
  changes: Array<{ at: number; offset: number }>;
}

const cache = new Map<string, Map<number, Block>>();
let cachedBlocks = 0;

/** First whole second in (lo, hi] whose offset differs from the offset at lo. */
function bisect(zone: IANAZone, lo: number, hi: number, before: number): number {
  let loS = Math.floor(lo / 1000);
  let hiS = Math.ceil(hi / 1000);
  // Invariant: offset(loS) === before, offset(hiS) !== before.
  while (hiS - loS > 1) {
    const mid = Math.floor((loS + hiS) / 2);
    if (zone.offset(mid * 1000) === before) loS = mid;
    else hiS = mid;
  }
  return hiS * 1000;
}

function buildBlock(zone: IANAZone, index: number): Block {
  const start = index * BLOCK_MS;
  const first = zone.offset(start);
  const changes: Block['changes'] = [];
  let prevAt = start;
  let prev = first;
  for (let i = 1; i <= BLOCK_DAYS; i++) {
    const at = start + i * MS_PER_DAY;
    const sample = zone.offset(at);
    // More than one change within a day (a -> b -> c) is found by re-bisecting from each change;
    // a change and its exact reversal within one day would be missed (none exists in tzdata).
    let guard = 0;
    while (sample !== prev && guard++ < 8) {
      const change = bisect(zone, prevAt, at, prev);
      if (change >= start + BLOCK_MS) break;
      prev = zone.offset(change);
      prevAt = change;
      changes.push({ at: change, offset: prev });
    }
    prevAt = at;
    prev = sample;
  }
  return { first, changes };
}

function block(zoneName: string, index: number): Block {
  let blocks = cache.get(zoneName);
  if (!blocks) {
    blocks = new Map();
    cache.set(zoneName, blocks);
  }
  let found = blocks.get(index);
  if (!found) {
    if (cachedBlocks >= MAX_CACHED_BLOCKS) {
      cache.clear();
      cachedBlocks = 0;
      blocks = new Map();
      cache.set(zoneName, blocks);
    }
    found = buildBlock(IANAZone.create(zoneName), index);
    blocks.set(index, found);
    cachedBlocks++;
  }
  return found;
}

/** UTC offset in minutes of a valid IANA zone at instant `ms` (call isValidZone first). */
export function offsetAt(zoneName: string, ms: number): number {
  const b = block(zoneName, Math.floor(ms / BLOCK_MS));
  let offset = b.first;
  for (const change of b.changes) {
    if (change.at > ms) break;
    offset = change.offset;
  }
  return offset;
}

export interface Transition {
  /** First instant (ms) with the new offset. */
  at: number;
  /** Offsets in minutes before and after. */
  before: number;
  after: number;
}

/** A valid zone's clock changes with `from < at <= to`, ascending, read from the tables. */
export function zoneTransitions(zoneName: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let prev = offsetAt(zoneName, from);
  for (let index = Math.floor(from / BLOCK_MS); index * BLOCK_MS <= to; index++) {
    const b = block(zoneName, index);
    // A change exactly at the block's first instant shows only as a new `first`.
    for (const { at, offset } of [{ at: index * BLOCK_MS, offset: b.first }, ...b.changes]) {
      if (at <= from || offset === prev) continue;
      if (at > to) return found;
      found.push({ at, before: prev, after: offset });
      prev = offset;
    }
  }
  return found;
}
