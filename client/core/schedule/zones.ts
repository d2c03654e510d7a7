// The IANA zones a person can pick from, and the search over them that the zone picker uses: match
// any part of the name ("york", "new york", "america/new_y", "kolkata"), spaces for underscores.
import { DateTime } from 'luxon';
import { isValidZone } from '../../../shared/schedule';

/** The server's own test of a zone (shared/schedule), so the picker offers only zones it accepts. */
export { isValidZone };

/** Renamed zones some engines still list under their old name: show the name people know today. */
const MODERN_NAMES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** A short list for engines without Intl.supportedValuesOf, so the picker still works there. */
const FALLBACK = ['UTC', 'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney'];

let cached: readonly string[] | null = null;

/** Every zone this browser knows, plus 'UTC', modern names first-class, sorted. */
export function allZones(): readonly string[] {
  if (cached) return cached;
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const listed = typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : FALLBACK;
  const names = new Set<string>(['UTC']);
  for (const zone of listed) {
    const modern = MODERN_NAMES[zone];
    names.add(modern && isValidZone(modern) ? modern : zone);
  }
  cached = [...names].filter(isValidZone).sort((a, b) => a.localeCompare(b));
  return cached;
}

/** '+01:00' at that instant, or null for a zone luxon cannot read. */
export function zoneOffset(zone: string, at: number): string | null {
  const local = DateTime.fromMillis(at, { zone });
  return local.isValid ? local.toFormat('ZZ') : null;
}

/** 'Europe/London (UTC+00:00)': a zone always shows its offset, so people can check it against their clock. */
export function zoneLabel(zone: string, at: number): string {
  const offset = zoneOffset(zone, at);
  return offset ? `${zone} (UTC${offset})` : zone;
}

/** 'America/Argentina/Buenos_Aires' → 'Buenos Aires': the words people call the place. */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Zones whose name contains every word of the query (in any order), best first: city names that
 * start with the query, then names that start with it, then the rest alphabetically.
 */
export function searchZones(query: string, zones: readonly string[] = allZones()): string[] {
  const q = normalise(query);
  if (!q) return [...zones];
  const words = q.split(' ');
  const rank = (zone: string): number => {
    if (normalise(zoneCity(zone)).startsWith(q)) return 0;
    if (normalise(zone).startsWith(q)) return 1;
    return 2;
  };
  return zones
    .filter((zone) => {
      const hay = normalise(zone);
      return words.every((w) => hay.includes(w));
    })
    .map((zone) => ({ zone, rank: rank(zone) }))
    .sort((a, b) => a.rank - b.rank || a.zone.localeCompare(b.zone))
    .map((r) => r.zone);
}

/** The zone a typed text names exactly (case and spaces forgiven), if any: for Enter and blur. */
export function exactZone(text: string, zones: readonly string[] = allZones()): string | null {
  const q = normalise(text);
  if (!q) return null;
  return zones.find((zone) => normalise(zone) === q) ?? null;
}
