import { describe, expect, it } from 'vitest';
import { dateLabel, dayMonthYear, durationPhrase, waitPhrase } from '../../../../client/core/schedule/format';

describe('schedule wording', () => {
  it('writes dates as “Tue 31 Mar”, with the year only when it is not the current one', () => {
    expect(dateLabel('2026-03-31')).toBe('Tue 31 Mar 2026');
    expect(dateLabel('2026-03-31', 2026)).toBe('Tue 31 Mar');
    expect(dateLabel('2027-01-05', 2026)).toBe('Tue 5 Jan 2027');
    expect(dayMonthYear('2026-06-30')).toBe('30 Jun 2026');
  });

  it('writes months the same on every engine (not ICU’s “Sept”), and leaves what is not a date alone', () => {
    expect(dateLabel('2026-09-01', 2026)).toBe('Tue 1 Sep');
    expect(dayMonthYear('2026-09-01')).toBe('1 Sep 2026');
    expect(dateLabel('not a date')).toBe('not a date');
  });

  it('words durations', () => {
    expect([30, 60, 90, 120, 45, 1].map(durationPhrase)).toEqual(['30 minutes', 'an hour', '1 hour 30 minutes', '2 hours', '45 minutes', '1 minute']);
    expect(durationPhrase(-60)).toBe('an hour');
  });

  it('words waits, rounding minutes up', () => {
    const min = 60_000;
    expect(waitPhrase(30_000)).toBe('in less than a minute');
    expect(waitPhrase(min)).toBe('in 1 minute');
    expect(waitPhrase(11 * min + 1)).toBe('in 12 minutes');
    expect(waitPhrase(60 * min)).toBe('in 1 hour');
    expect(waitPhrase(95 * min)).toBe('in 1 hour 35 minutes');
    expect(waitPhrase(5 * 60 * min)).toBe('in 5 hours');
    expect(waitPhrase(72 * 60 * min)).toBe('in 3 days');
  });
});
