// "Find a time": candidate starts from + k*step that end by `to`, ranked by how many people can
// attend (each judged on their own zone's calendar), then by earliest start.
import type { ValidAvailability } from './availability';
import { availableIntervals, covers, validateAvailability } from './availability';
import { MS_PER_DAY, MS_PER_MINUTE } from './calendar';
import { DEFAULT_SLOT_LIMIT, DEFAULT_STEP_MINUTES, MAX_CANDIDATES, MAX_DURATION_MINUTES, MAX_PEOPLE, MAX_SEARCH_DAYS } from './limits';
import { formatInstant } from './instant';
import type { Availability, CommonSlot, ScheduleError, SlotSearch } from './types';
import { scheduleError } from './types';
import { isValidDuration, validateWindow } from './validate';

interface Search {
  duration: number;
  from: number;
  to: number;
  step: number;
  minAttendees: number;
  limit: number;
}

const positiveInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

function validateOptions(options: unknown): Search | ScheduleError {
  if (typeof options !== 'object' || options === null) return scheduleError('invalid_rule', 'options must be { durationMinutes, from, to }');
  const o = options as Record<string, unknown>;
  if (!isValidDuration(o.durationMinutes)) return scheduleError('invalid_rule', `durationMinutes must be a whole number from 1 to ${MAX_DURATION_MINUTES}`);
  const window = validateWindow(o);
  if ('error' in window) return window;
  if (window.to - window.from > MAX_SEARCH_DAYS * MS_PER_DAY) return scheduleError('invalid_rule', `the search window is at most ${MAX_SEARCH_DAYS} days`);
  const step = o.stepMinutes ?? DEFAULT_STEP_MINUTES;
  if (!positiveInt(step)) return scheduleError('invalid_rule', 'stepMinutes must be a whole number above 0');
  const minAttendees = o.minAttendees ?? 1;
  if (!positiveInt(minAttendees)) return scheduleError('invalid_rule', 'minAttendees must be a whole number from 1');
  const limit = o.limit ?? DEFAULT_SLOT_LIMIT;
  if (!positiveInt(limit)) return scheduleError('invalid_rule', 'limit must be a whole number from 1');
  return { duration: o.durationMinutes * MS_PER_MINUTE, from: window.from, to: window.to, step: step * MS_PER_MINUTE, minAttendees, limit };
}

/** How many people can attend each candidate start, by one sweep per person. */
function attendance(people: Array<Array<[number, number]>>, search: Search, candidates: number): Uint16Array {
  const counts = new Uint16Array(candidates);
  for (const intervals of people) {
    let i = 0;
    for (let k = 0; k < candidates && i < intervals.length; k++) {
      const start = search.from + k * search.step;
      while (i < intervals.length && intervals[i]![1] <= start) i++;
      const interval = intervals[i];
      if (interval && interval[0] <= start && start + search.duration <= interval[1]) counts[k]!++;
    }
  }
  return counts;
}

export function findCommonSlots(people: Availability[], options: SlotSearch): CommonSlot[] | ScheduleError {
  const search = validateOptions(options);
  if ('error' in search) return search;
  if (!Array.isArray(people)) return scheduleError('invalid_rule', 'people must be a list of availabilities');
  if (people.length > MAX_PEOPLE) return scheduleError('invalid_rule', `at most ${MAX_PEOPLE} people`);
  const valid: ValidAvailability[] = [];
  for (const [index, person] of (people as unknown[]).entries()) {
    const checked = validateAvailability(person, `people[${index}]`);
    if ('error' in checked) return checked;
    valid.push(checked);
  }
  const span = search.to - search.from - search.duration;
  const candidates = span < 0 ? 0 : Math.floor(span / search.step) + 1;
  if (candidates > MAX_CANDIDATES) return scheduleError('invalid_rule', `more than ${MAX_CANDIDATES} candidate starts; use a larger step or a shorter window`);

  const intervals = valid.map((person) => availableIntervals(person, search.from, search.to));
  const counts = attendance(intervals, search, candidates);
  const ranked: number[] = [];
  for (let k = 0; k < candidates; k++) if (counts[k]! >= search.minAttendees) ranked.push(k);
  ranked.sort((a, b) => counts[b]! - counts[a]! || a - b);
  return ranked.slice(0, search.limit).map((k) => {
    const start = search.from + k * search.step;
    const end = start + search.duration;
    const attendees = intervals.flatMap((person, index) => (covers(person, start, end) ? [index] : []));
    return { start: formatInstant(start), end: formatInstant(end), attendees };
  });
}
