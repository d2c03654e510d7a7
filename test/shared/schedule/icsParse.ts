// The independent reader for the ICS tests: ical.js (Thunderbird's parser) parses our file, takes
// its zones only from the file's VTIMEZONEs, and expands every series with its own RRULE engine,
// applying RECURRENCE-ID exceptions, EXDATE and RDATE. Nothing here uses shared/schedule.
import ICAL from 'ical.js';

export interface ParsedOccurrence {
  uid: string;
  start: string;
  end: string;
}

type Component = InstanceType<typeof ICAL.Component>;


export function parseCalendar(text: string): Component {
  return new ICAL.Component(ICAL.parse(text));
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Occurrences of every event in the file with a start in [from, to), sorted by start then uid.
 * The zones registered are exactly the file's VTIMEZONEs (ical.js has no tz data of its own).
 */
export function expandIcs(text: string, window: { from: string; to: string }): ParsedOccurrence[] {
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  const calendar = parseCalendar(text);
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    const events = calendar.getAllSubcomponents('vevent');
    const found: ParsedOccurrence[] = [];
    for (const master of events.filter((e) => !e.hasProperty('recurrence-id'))) {
      const uid = String(master.getFirstPropertyValue('uid'));
      const exceptions = events.filter((e) => e.hasProperty('recurrence-id') && String(e.getFirstPropertyValue('uid')) === uid);
      const event = new ICAL.Event(master, { strictExceptions: true, exceptions });
      const push = (start: number, end: number) => {
        if (start >= from && start < to) found.push({ uid, start: iso(start), end: iso(end) });
      };
      if (!event.isRecurring()) {
        push(event.startDate.toJSDate().getTime(), event.endDate.toJSDate().getTime());
        continue;
      }
      // Past the window only an exception (moved back into it) can still matter.
      const lastMoved = Math.max(-Infinity, ...exceptions.map((e) => new ICAL.Event(e).recurrenceId.toJSDate().getTime()));
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const t = next.toJSDate().getTime();
        if (t >= to && t > lastMoved) break;
        const details = event.getOccurrenceDetails(next);
        const start = details.startDate.toJSDate().getTime();
        // RFC 5545: DURATION (or DTEND - DTSTART) is an exact span for every instance. ical.js adds
        // it to the local wall clock instead, which is wrong across a clock change, so the exact
        // span is applied here; an exception's own DTEND is taken as written.
        const end = details.item === event ? start + event.duration.toSeconds() * 1000 : details.endDate.toJSDate().getTime();
        push(start, end);
      }
    }
    return found.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  } finally {
    ICAL.TimezoneService.reset();
  }
}

/** Unfolded content lines (RFC 5545 3.1), without the CRLF. */
export function contentLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line.length > 0);
}
