// VTIMEZONE from our own tz data (ical-generator brings none): one observance per clock change
// over the span the calendar uses, each with its onset in the local time before the change. For
// a span with no end, the last years' changes are folded into yearly RRULEs when they follow
// one; a zone whose changes follow no yearly pattern gets them listed UNRULED_YEARS further,
// after which its last offset simply continues.
import { MS_PER_DAY, MS_PER_MINUTE } from '../calendar';
import type { Transition } from '../offsets';
import { offsetAt, zoneTransitions } from '../offsets';
import { tzName } from './tzName';
import { icsLocal, icsOffset } from './wall';
import type { Onset } from './yearlyRule';
import { onsetOf, yearlyRule } from './yearlyRule';

/** Instants [from, to] the calendar's times in this zone fall in; `open`: events continue past `to`. */
export interface ZoneSpan {
  from: number;
  to: number;
  open: boolean;
}

/** A yearly rule is trusted only after this many consecutive years fit it (all 7 weekday alignments). */
const MIN_RULE_YEARS = 8;
/** A rule describes the future only if the zone still follows it in the span's last years. */
const RECENT_MS = 2 * 366 * MS_PER_DAY;
/** Without a rule, how many years past an open span's end the changes are listed. */
const UNRULED_YEARS = 20;
const YEAR_MS = 365.25 * MS_PER_DAY;

interface Observance {
  dst: boolean;
  name: string;
  before: number;
  after: number;
  onsetWall: number;
  rrule?: string;
}

function observanceOf(zone: string, t: Transition): Observance {
  // DST when the new offset is above the year's lower one (luxon's rule too).
  const year = new Date(t.at).getUTCFullYear();
  const standard = Math.min(offsetAt(zone, Date.UTC(year, 0, 1)), offsetAt(zone, Date.UTC(year, 6, 1)));
  return {
    dst: t.after > standard,
    name: tzName(zone, t.at, t.after),
    before: t.before,
    after: t.after,
    onsetWall: t.at + t.before * MS_PER_MINUTE,
  };
}

function keyOf(o: Observance): string {
  return `${o.dst}|${o.name}|${o.before}|${o.after}`;
}

/**
 * Replaces the runs of observances at the end of an open span that yearly rules explain by one
 * RRULE observance each; null when the zone keeps changing clocks without a rule we can write.
 */
function foldIntoRules(observances: Observance[], spanEnd: number): Observance[] | null {
  const byKey = new Map<string, Observance[]>();
  for (const o of observances) byKey.set(keyOf(o), [...(byKey.get(keyOf(o)) ?? []), o]);
  const runs: Observance[][] = [];
  for (const members of byKey.values()) {
    const last = members[members.length - 1]!;
    if (spanEnd - last.onsetWall > RECENT_MS) continue; // this observance no longer recurs
    // The longest run of consecutive years, ending with the last one, that one rule explains.
    let start = members.length - 1;
    const onsets = (from: number): Onset[] => members.slice(from).map((m) => onsetOf(m.onsetWall));
    while (start > 0 && yearlyRule(onsets(start - 1)) !== null) start--;
    runs.push(members.slice(start));
  }
  if (runs.length === 0) return observances; // no changes lately: the last offset continues
  // Every change after the last one outside a run must belong to a run, or the rules would
  // contradict it; trim runs to after that change, then insist each still spans enough years.
  const inRuns = new Set(runs.flat());
  const outsiders = observances.filter((o) => !inRuns.has(o));
  const lastOutsider = outsiders.length ? outsiders[outsiders.length - 1]!.onsetWall : -Infinity;
  const trimmed = runs.map((run) => run.filter((o) => o.onsetWall > lastOutsider));
  if (trimmed.some((run) => run.length < MIN_RULE_YEARS)) return null;
  const ruled = new Set(trimmed.flat());
  const listed = observances.filter((o) => !ruled.has(o));
  const rules = trimmed.map((run) => ({ ...run[0]!, rrule: yearlyRule(run.map((m) => onsetOf(m.onsetWall)))! }));
  return [...listed, ...rules].sort((a, b) => a.onsetWall - b.onsetWall);
}

function component(o: Observance): string[] {
  const kind = o.dst ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${icsLocal(o.onsetWall)}`,
    `TZOFFSETFROM:${icsOffset(o.before)}`,
    `TZOFFSETTO:${icsOffset(o.after)}`,
    `TZNAME:${o.name}`,
    ...(o.rrule ? [`RRULE:${o.rrule}`] : []),
    `END:${kind}`,
  ];
}

/** The VTIMEZONE text (CRLF lines, unfolded) for a valid IANA zone over a span. */
export function vtimezone(zone: string, span: ZoneSpan): string {
  // The first observance states the offset in force at the span's start: parsers (ical.js among
  // them) treat times before a zone's first onset as UTC.
  const base = observanceOf(zone, { at: span.from, before: offsetAt(zone, span.from), after: offsetAt(zone, span.from) });
  const changes = (to: number): Observance[] => zoneTransitions(zone, span.from, to).map((t) => observanceOf(zone, t));
  const listed = changes(span.to);
  const observances = !span.open ? listed : (foldIntoRules(listed, span.to) ?? changes(span.to + UNRULED_YEARS * YEAR_MS));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`, ...[base, ...observances].flatMap(component), 'END:VTIMEZONE'];
  return lines.join('\r\n');
}
