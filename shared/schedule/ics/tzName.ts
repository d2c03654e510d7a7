// TZNAME for a VTIMEZONE observance: the abbreviation people know ("BST", "CEST", "EDT", "IST",
// "AEDT") where some English locale's Intl data has one, else tzdata's numeric style ("+09",
// "-03", "+0530"), never Intl's "GMT+1", which reads as a different zone to many. Calendar apps
// show it at most; the offsets carry the meaning.
import { IANAZone } from 'luxon';

/** Tried in turn: each knows the abbreviations of its own region (en-GB: BST, CET; en-IN: IST; …). */
const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-NZ', 'en-IN', 'en-IE', 'en-ZA', 'en-SG', 'en-HK'] as const;
/** Intl's placeholder when a locale has no abbreviation: "GMT+1", "GMT-03:30", "UTC+9". */
const PLACEHOLDER = /^(GMT|UTC)[+−-]/;

/** Building formatters is slow (about a millisecond each): names are kept per zone and offset. */
const names = new Map<string, string>();
const MAX_NAMES = 2000;

/** tzdata's style for a zone without an abbreviation: +09, -03, +0530, +1245. */
export function numericName(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(offsetMinutes));
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = abs % 60;
  return mm === 0 ? `${sign}${hh}` : `${sign}${hh}${String(mm).padStart(2, '0')}`;
}

/** The observance's name in `zone` at instant `at` (ms), whose offset is `offsetMinutes`. */
export function tzName(zone: string, at: number, offsetMinutes: number): string {
  const key = `${zone}|${offsetMinutes}`;
  let name = names.get(key);
  if (name === undefined) {
    const iana = IANAZone.create(zone);
    name = numericName(offsetMinutes);
    for (const locale of LOCALES) {
      const candidate = iana.offsetName(at, { format: 'short', locale });
      if (candidate && !PLACEHOLDER.test(candidate)) {
        name = candidate;
        break;
      }
    }
    if (names.size >= MAX_NAMES) names.clear();
    names.set(key, name);
  }
  return name;
}
