// Pins the process zone to one that no schedule test is about (UTC+14, no DST), so a leak of the
// host's zone into shared/schedule shows as a wrong instant. Import it first in every schedule
// test file; Node applies a runtime change of TZ to Date and Intl at once.
process.env.TZ = 'Pacific/Kiritimati';

export const PINNED_ZONE = 'Pacific/Kiritimati';
/** Date#getTimezoneOffset is minutes *behind* UTC: -840 means UTC+14. */
export const PINNED_OFFSET_MINUTES = -840;

/** Whether the pin took: run it as a test in every schedule test file. */
export function pinnedOffset(): number {
  return new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
}
