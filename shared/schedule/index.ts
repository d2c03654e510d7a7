// shared/schedule: recurring sessions across time zones (pure, isomorphic, luxon). The exported
// names and shapes are issue 6's contract.
export type { Weekday, Repeat, Series, Occurrence, ScheduleError, ScheduleErrorCode, OccurrenceView, Availability, SlotSearch, CommonSlot, IcsSeries } from './types';
export { isScheduleError, scheduleError } from './types';
export { expandSeries, isSeriesSlot } from './expand';
export { isValidZone, localToInstant } from './localTime';
export { validateAvailability } from './availability';
export { viewIn } from './view';
export { findCommonSlots } from './slots';
export { calendarToIcs, seriesToIcs, type IcsCalendar, type IcsOptions } from './ics';
