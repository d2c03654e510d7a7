// UTC offsets of IANA zones from luxon (the same tz data the ICS writer uses), cached as exact
// transition tables: asking Intl costs microseconds per call, and a year of 1,000 weekly series
// needs hundreds of thousands of answers. Tables are built lazily per 32-day block by sampling
// daily and bisecting each change to the second (tz transitions fall on whole seconds).
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

function rawOffset(zone: IANAZone, ms: number): number {
  return zone.offset(ms);
}

/** First whole second in (lo, hi] whose offset differs from the offset at lo. */
function bisect(zone: IANAZone, lo: number, hi: number, before: number): number {
  let loS = Math.floor(lo / 1000);
  let hiS = Math.ceil(hi / 1000);
  // Invariant: offset(loS) === before, offset(hiS) !== before.
  while (hiS - loS > 1) {
    const mid = Math.floor((loS + hiS) / 2);
    if (rawOffset(zone, mid * 1000) === before) loS = mid;
    else hiS = mid;
  }
  return hiS * 1000;
}

function buildBlock(zone: IANAZone, index: number): Block {
  const start = index * BLOCK_MS;
  const first = rawOffset(zone, start);
  const changes: Block['changes'] = [];
  let prevAt = start;
  let prev = first;
  for (let i = 1; i <= BLOCK_DAYS; i++) {
    const at = start + i * MS_PER_DAY;
    const sample = rawOffset(zone, at);
    // More than one change within a day (a -> b -> c) is found by re-bisecting from each change;
    // a change and its exact reversal within one day would be missed (none exists in tzdata).
    let guard = 0;
    while (sample !== prev && guard++ < 8) {
      const change = bisect(zone, prevAt, at, prev);
      if (change >= start + BLOCK_MS) break;
      prev = rawOffset(zone, change);
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
