// The VEVENTs of one validated series: a master with DTSTART;TZID in local time and an RRULE
// (EXDATE for cancelled slots, RDATE/EXDATE pins for gap and fold slots), then one VEVENT per
// moved occurrence with the master's UID and a RECURRENCE-ID. Every event carries a 15-minute
// display reminder, so members' calendar apps remind them without any email of ours.
import type { ICalCalendar, ICalEventData } from 'ical-generator';
import { ICalAlarmType } from 'ical-generator';
import { formatLocal, MS_PER_MINUTE } from '../calendar';
import { generatesSlot } from '../expand';
import { instantsAt, parseLocalDateTime, wallMs, wallToInstant } from '../localTime';
import type { ValidSeries } from '../recurrence';
import type { PinnedSlot } from './pinned';
import { pinnedSlots, pinOf } from './pinned';
import { ruleParts, untilFor } from './rrule';
import type { SeriesReach } from './span';
import { icsLocal, icsUtc, wallNamesInstant, wallOf, wallStamp } from './wall';

export const REMINDER_MINUTES = 15;

export interface EventText {
  uid: string;
  title: string;
  description?: string;
  url?: string;
}

type Common = Pick<ICalEventData, 'id' | 'stamp' | 'summary' | 'description' | 'url' | 'alarms'>;

function common(text: EventText, stamp: Date): Common {
  return {
    id: text.uid,
    stamp,
    summary: text.title,
    ...(text.description ? { description: text.description } : {}),
    ...(text.url ? { url: text.url } : {}),
    alarms: [{ type: ICalAlarmType.display, trigger: REMINDER_MINUTES * 60, description: text.title || 'Session reminder' }],
  };
}

/**
 * Start and end of a single or moved session: local times with TZID when each names its
 * instant exactly, else UTC for the whole event (a time in the repeated hour of a fall-back
 * cannot be written with TZID: apps read it as the first pass). UTC too when `allowLocal` is
 * false: a pinned slot's exception, or a session moved to before the VTIMEZONE's first onset.
 */
function placed(zone: string, start: number, end: number, allowLocal: boolean): Pick<ICalEventData, 'start' | 'end' | 'timezone'> & { local: boolean } {
  if (allowLocal && wallNamesInstant(zone, start) && wallNamesInstant(zone, end)) {
    return { local: true, timezone: zone, start: wallStamp(wallOf(zone, start), start), end: wallStamp(wallOf(zone, end), end) };
  }
  return { local: false, timezone: null, start: new Date(start), end: new Date(end) };
}

/** A series without a repeat rule: one VEVENT at its (possibly moved) time, none if cancelled. */
function addSingle(calendar: ICalCalendar, series: ValidSeries, reach: SeriesReach, text: Common): void {
  const slot = formatLocal(series.startDay, series.startMinutes);
  if (series.cancelled.has(slot)) return;
  const target = series.moved.get(slot) ?? { day: series.startDay, minutes: series.startMinutes, durationMinutes: series.durationMinutes };
  const start = wallToInstant(series.zone, wallMs(target)).ms;
  const { local: _local, ...when } = placed(series.zone, start, start + target.durationMinutes * MS_PER_MINUTE, start >= reach.zoneSpan.from);
  calendar.createEvent({ ...text, ...when });
}

/** RRULE, EXDATE, RDATE (and DURATION when DTEND cannot be trusted), as property lines. */
function recurrenceLines(series: ValidSeries, count: number | undefined, reach: SeriesReach, pins: PinnedSlot[], duration: boolean): string {
  const cancelled = [...series.cancelled].filter((slot) => generatesSlot(series, slot)).sort();
  const live = pins.filter((pin) => !series.cancelled.has(pin.slot));
  // An app that drops gap instances also leaves them out of COUNT, so then we end by date.
  // Pins stop at the horizon, so a count reaching past it ends by date too.
  const byCount = count !== undefined && reach.complete && !pins.some((pin) => pin.kind === 'gap');
  const end = reach.endless ? '' : byCount ? `;COUNT=${count}` : `;UNTIL=${untilFor(series, series.lastDay)}`;
  const lines = [`RRULE:${ruleParts(series.rule)}${end}`];
  const local = (slot: string): string => icsLocal(wallMs(parseLocalDateTime(slot)!));
  if (cancelled.length) lines.push(`EXDATE;TZID=${series.zone}:${cancelled.map(local).join(',')}`);
  if (live.length) {
    lines.push(`RDATE:${live.map((pin) => icsUtc(pin.ours)).join(',')}`);
    lines.push(`EXDATE:${live.map((pin) => icsUtc(pin.other)).join(',')}`);
  }
  if (duration) lines.push(`DURATION:PT${series.durationMinutes}M`);
  return lines.join('\r\n');
}

/** A repeating series: the master VEVENT, then its moved occurrences. */
function addRepeating(calendar: ICalCalendar, series: ValidSeries, count: number | undefined, reach: SeriesReach, text: Common): void {
  const { zone } = series;
  const pins = pinnedSlots(series, series.startDay, reach.lastDay);
  const moves = [...series.moved].filter(([slot]) => !series.cancelled.has(slot) && generatesSlot(series, slot)).sort(([a], [b]) => (a < b ? -1 : 1));
  // A moved slot past the written reach still needs its pin, or its RECURRENCE-ID may miss.
  for (const [slot] of moves) {
    const pin = pins.some((p) => p.slot === slot) ? null : pinOf(zone, slot);
    if (pin) pins.push(pin);
  }
  const startWall = wallMs({ day: series.startDay, minutes: series.startMinutes });
  const start = wallToInstant(zone, startWall).ms;
  const end = start + series.durationMinutes * MS_PER_MINUTE;
  // DTSTART keeps the rule's wall time even when it does not exist (the pins fix its instance),
  // but then apps disagree on its instant and so on DTEND - DTSTART: say DURATION instead.
  const duration = instantsAt(zone, startWall).length !== 1 || !wallNamesInstant(zone, end);
  calendar.createEvent({
    ...text,
    timezone: zone,
    start: wallStamp(startWall, start),
    ...(duration ? {} : { end: wallStamp(wallOf(zone, end), end) }),
    repeating: recurrenceLines(series, count, reach, pins, duration),
  });
  for (const [slot, target] of moves) {
    const pin = pins.find((p) => p.slot === slot);
    const slotWall = wallMs(parseLocalDateTime(slot)!);
    const original = pin ? pin.ours : wallToInstant(zone, slotWall).ms;
    const newStart = wallToInstant(zone, wallMs(target)).ms;
    // A pinned slot's instance is the UTC RDATE, so its RECURRENCE-ID must name that instant in
    // UTC, and ical-generator writes all of an event's times in one form.
    const covered = newStart >= reach.zoneSpan.from;
    const { local, ...when } = placed(zone, newStart, newStart + target.durationMinutes * MS_PER_MINUTE, !pin && covered);
    const recurrenceId = local ? wallStamp(slotWall, original) : new Date(original);
    calendar.createEvent({ ...text, ...when, recurrenceId });
  }
}

/** Adds a validated series' events. `count` is the series' own count (ValidSeries keeps only its last day). */
export function addSeriesEvents(calendar: ICalCalendar, series: ValidSeries, count: number | undefined, reach: SeriesReach, text: EventText, stamp: Date): void {
  const shared = common(text, stamp);
  if (series.rule.kind === 'once') addSingle(calendar, series, reach, shared);
  else addRepeating(calendar, series, count, reach, shared);
}
