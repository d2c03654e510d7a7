// Bounds of the scheduling module, in one place: they keep every loop finite and every answer
// small, whatever a caller sends. The REST layer (shared/api/schedule.ts) is stricter still.

/** Local dates and times are accepted in these years; generation stops after MAX_YEAR. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/** A session lasts at most a day (also the longest slot findCommonSlots looks for). */
export const MAX_DURATION_MINUTES = 24 * 60;
/** "Every 1000th week/month" is already absurd; the cap keeps period arithmetic small. */
export const MAX_INTERVAL = 1000;
/** `count` above this is refused: validation walks `count` occurrences once to find the last. */
export const MAX_COUNT = 10_000;
/** expandSeries refuses a window that would hold more occurrences than this (never truncates). */
export const MAX_OCCURRENCES = 10_000;

/** Larger than any UTC offset in the tz database (LMT reached about ±15:56), so a wall time
 *  outside [from - this, to + this) cannot be an instant inside [from, to). */
export const MAX_OFFSET_MS = 18 * 3_600_000;

/** findCommonSlots defaults and bounds. */
export const DEFAULT_STEP_MINUTES = 30;
/** No limit given: still keep answers small (the REST layer also caps at 100). */
export const DEFAULT_SLOT_LIMIT = 100;
export const MAX_CANDIDATES = 50_000;
export const MAX_PEOPLE = 1000;
export const MAX_WINDOWS_PER_PERSON = 200;
export const MAX_SEARCH_DAYS = 366;
