// An independent oracle for the schedule tests: wall times of instants read straight from Intl
// (not luxon, not shared/schedule's offset cache), and the instants of a local wall time found
// by brute force over the offsets in force around it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** Local wall time of an instant, as 'YYYY-MM-DDTHH:mm'. */
export function wallOf(zone: string, ms: number): string {
  const parts = Object.fromEntries(formatter(zone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Offset in minutes (whole-minute zones only, which is all the tests use). */
export function offsetOf(zone: string, ms: number): number {
  const wall = wallOf(zone, ms);
  const asUtc = Date.parse(`${wall}:00Z`);
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** Every instant whose wall time in `zone` is `local` ('YYYY-MM-DDTHH:mm'): 0 in a gap, 2 in a fold. */
export function instantsOf(zone: string, local: string): number[] {
  const wall = Date.parse(`${local}:00Z`);
  const offsets = new Set<number>();
  for (let h = -30; h <= 30; h += 3) offsets.add(offsetOf(zone, wall + h * 3_600_000));
  const found = [...offsets].map((o) => wall - o * 60_000).filter((ms) => wallOf(zone, ms) === local);
  return [...new Set(found)].sort((a, b) => a - b);
}

/** The gap policy, computed independently: the offset from before the gap moves the time forward. */
export function expectedInstant(zone: string, local: string): { ms: number; shifted: boolean } {
  const found = instantsOf(zone, local);
  if (found.length > 0) return { ms: found[0]!, shifted: false };
  const wall = Date.parse(`${local}:00Z`);
  return { ms: wall - offsetOf(zone, wall - 86_400_000) * 60_000, shifted: true };
}

export interface Transition {
  /** The instant of the change (to the minute). */
  at: number;
  before: number;
  after: number;
}

const transitionCache = new Map<string, Transition[]>();

/** Clock changes of a zone in a year, scanning Intl daily and bisecting to the minute. */
export function transitionsOf(zone: string, year: number): Transition[] {
  const key = `${zone} ${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let t = Date.UTC(year, 0, 1); t < end; t += 86_400_000) {
    const before = offsetOf(zone, t);
    const after = offsetOf(zone, t + 86_400_000);
    if (before === after) continue;
    let lo = t;
    let hi = t + 86_400_000;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetOf(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before, after });
  }
  transitionCache.set(key, found);
  return found;
}
