// Shared by the ICS tests: write a series with seriesToIcs, read it back with ical.js, and
// compare with expandSeries over the same window.
import { expect } from 'vitest';
import { expandSeries } from '../../../shared/schedule/expand';
import { seriesToIcs } from '../../../shared/schedule/ics';
import type { IcsSeries, Occurrence, Series } from '../../../shared/schedule/types';
import { isScheduleError } from '../../../shared/schedule/types';
import { expandIcs } from './icsParse';

/** A fixed clock: DTSTAMP and the horizon of open series depend on it. */
export const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
export const now = (): number => NOW;

export function icsSeries(series: Series, uid = 'series-1@hearth', title = 'Peer support circle'): IcsSeries {
  return { ...series, uid, title };
}

export function ours(series: Series, window: { from: string; to: string }): Occurrence[] {
  const result = expandSeries(series, window);
  if (isScheduleError(result)) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

export type Span = { start: string; end: string };

/** ical.js's occurrences of the written file, as UTC start/end pairs. */
export function theirs(text: string, window: { from: string; to: string }): Span[] {
  return expandIcs(text, window).map(({ start, end }) => ({ start, end }));
}

/**
 * Asserts that ical.js, reading seriesToIcs(series), finds exactly expandSeries' occurrences in
 * the window (same UTC starts and ends, same count), and that there are at least `atLeast`.
 */
export function expectSameOccurrences(series: Series, window: { from: string; to: string }, atLeast = 1): Occurrence[] {
  const expected = ours(series, window);
  expect(expected.length).toBeGreaterThanOrEqual(atLeast);
  const text = seriesToIcs(icsSeries(series), { now });
  expect(theirs(text, window)).toEqual(expected.map(({ start, end }) => ({ start, end })));
  return expected;
}
