// Calendar files (RFC 5545) for series: ical-generator writes the calendar and its events
// (escaping, folding, VALARM, PRODID, METHOD:PUBLISH); we supply what it cannot know: VTIMEZONEs
// from our tz data and recurrence lines that make apps agree with expandSeries (see pinned.ts).
//
// The server only passes series it has validated. A series that is nevertheless invalid (or has
// an unusable UID) is left out, so a feed stays a valid file with the group's other sessions
// rather than failing as a whole; nothing here throws for bad input.
import ical, { escape, ICalCalendarMethod } from 'ical-generator';
import { validateSeries } from '../validate';
import type { IcsSeries } from '../types';
import { addSeriesEvents, type EventText } from './events';
import { mergeSpans, seriesReach } from './span';
import type { ZoneSpan } from './vtimezone';
import { vtimezone } from './vtimezone';

export interface IcsOptions {
  /** Clock for DTSTAMP and the horizon of series with no end (default Date.now). */
  now?: () => number;
}

export interface IcsCalendar {
  name: string;
  series: IcsSeries[];
}

const PROD_ID = { company: 'Hearth', product: 'Schedule', language: 'EN' };
const MAX_UID_LENGTH = 255;

const isControl = (ch: string): boolean => ch < ' ' || ch === '\u007f';

/** TEXT may hold any character but controls other than tab and newline. */
function clean(text: string): string {
  return [...text.replace(/\r\n?/g, '\n')].filter((ch) => ch === '\t' || ch === '\n' || !isControl(ch)).join('');
}

/** The event text, or null when the UID could not identify the series safely. */
function eventText(series: IcsSeries): EventText | null {
  const { uid, title, description, url } = series as Partial<IcsSeries>;
  if (typeof uid !== 'string' || uid.length === 0 || uid.length > MAX_UID_LENGTH || /\s/.test(uid) || [...uid].some(isControl)) return null;
  return {
    uid,
    title: typeof title === 'string' ? clean(title) : '',
    ...(typeof description === 'string' && description ? { description: clean(description) } : {}),
    // A URI value is not TEXT: anything but a plain http(s) address is left out.
    ...(typeof url === 'string' && /^https?:\/\/[^\s"<>\\]+$/i.test(url) && ![...url].some(isControl) ? { url } : {}),
  };
}

/** One VCALENDAR with every series' events and one VTIMEZONE per zone they use. */
export function calendarToIcs(calendar: IcsCalendar, options: IcsOptions = {}): string {
  const now = (options.now ?? Date.now)();
  const stamp = new Date(Math.floor(now / 1000) * 1000);
  const spans = new Map<string, ZoneSpan>();
  const cal = ical({
    // ical-generator writes NAME and X-WR-CALNAME unescaped.
    name: escape(clean(typeof calendar?.name === 'string' ? calendar.name : ''), false),
    prodId: PROD_ID,
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: with one set, ical-generator would write DTSTAMP in local time.
    timezone: { name: null, generator: (zone) => (spans.has(zone) ? vtimezone(zone, spans.get(zone)!) : null) },
  });
  for (const series of Array.isArray(calendar?.series) ? calendar.series : []) {
    const valid = validateSeries(series);
    const text = 'error' in valid ? null : eventText(series);
    if ('error' in valid || !text) continue;
    const reach = seriesReach(valid, now);
    spans.set(valid.zone, mergeSpans(spans.get(valid.zone), reach.zoneSpan));
    addSeriesEvents(cal, valid, series.count ?? undefined, reach, text, stamp);
  }
  return cal.toString();
}

/** One series as a calendar file ("add to calendar"). */
export function seriesToIcs(series: IcsSeries, options: IcsOptions = {}): string {
  return calendarToIcs({ name: typeof series?.title === 'string' ? series.title : '', series: [series] }, options);
}
