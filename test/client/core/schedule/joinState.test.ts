import { describe, expect, it } from 'vitest';
import { joinState, occurrencePhase, openingTime, opensText, serverSkew } from '../../../../client/core/schedule/joinState';
import { occurrence } from './fixtures';

// Starts 19:00Z, opens 18:50Z, ends 20:30Z.
const today = occurrence('2027-03-09T19:00', '2027-03-09T19:00:00.000Z');
const nextWeek = occurrence('2027-03-16T19:00', '2027-03-16T19:00:00.000Z');
const at = (iso: string): number => Date.parse(iso);

describe('occurrencePhase', () => {
  it('is upcoming before joinOpensAt, open from it until the end, then ended', () => {
    expect(occurrencePhase(today, at('2027-03-09T18:49:59Z'))).toBe('upcoming');
    expect(occurrencePhase(today, at('2027-03-09T18:50:00Z'))).toBe('open');
    expect(occurrencePhase(today, at('2027-03-09T20:29:59Z'))).toBe('open');
    expect(occurrencePhase(today, at('2027-03-09T20:30:00Z'))).toBe('ended');
  });
});

describe('joinState', () => {
  it('is unscheduled without occurrences', () => {
    expect(joinState([], at('2027-03-09T18:00:00Z'))).toEqual({ kind: 'unscheduled' });
  });

  it('waits for the next session that is neither ended nor cancelled', () => {
    const state = joinState([nextWeek, today], at('2027-03-09T18:38:00Z'));
    expect(state).toMatchObject({ kind: 'waiting', occurrence: { slot: today.slot }, msUntilOpen: 12 * 60_000 });
    expect(joinState([today, nextWeek], at('2027-03-09T18:55:00Z'))).toMatchObject({ kind: 'open', occurrence: { slot: today.slot } });
    expect(joinState([today, nextWeek], at('2027-03-09T21:00:00Z'))).toMatchObject({ kind: 'waiting', occurrence: { slot: nextWeek.slot } });
    expect(joinState([{ ...today, cancelled: true }, nextWeek], at('2027-03-09T18:55:00Z'))).toMatchObject({ kind: 'waiting', occurrence: { slot: nextWeek.slot } });
  });

  it('is none when every listed session has ended or is cancelled', () => {
    expect(joinState([today, { ...nextWeek, cancelled: true }], at('2027-03-10T00:00:00Z'))).toEqual({ kind: 'none' });
  });
});

describe('joinState while the room is live', () => {
  it('opens outside the window when someone is in the live room, naming the coming session', () => {
    // Staff opened the room 40 minutes early: before joinOpensAt, and after the last session ended.
    expect(joinState([today, nextWeek], at('2027-03-09T18:10:00Z'), true)).toEqual({ kind: 'live', next: today });
    expect(joinState([today], at('2027-03-09T21:00:00Z'), true)).toEqual({ kind: 'live', next: null });
    expect(joinState([{ ...today, cancelled: true }], at('2027-03-09T19:00:00Z'), true)).toEqual({ kind: 'live', next: null });
  });

  it('changes nothing inside the window, without a schedule, or when nobody is in the room', () => {
    expect(joinState([today], at('2027-03-09T18:55:00Z'), true)).toMatchObject({ kind: 'open', occurrence: { slot: today.slot } });
    expect(joinState([], at('2027-03-09T18:10:00Z'), true)).toEqual({ kind: 'unscheduled' });
    expect(joinState([today], at('2027-03-09T18:10:00Z'), false)).toMatchObject({ kind: 'waiting' });
  });
});

describe('serverSkew', () => {
  it('is how far the server is ahead of the browser, 0 when unreadable', () => {
    expect(serverSkew('2027-03-09T18:40:00Z', at('2027-03-09T18:38:00Z'))).toBe(120_000);
    expect(serverSkew('not a time', 5)).toBe(0);
  });
});

describe('openingTime and opensText', () => {
  it('says the time in the viewer’s zone and how long to wait', () => {
    expect(opensText(today.joinOpensAt, at('2027-03-09T18:38:00Z'), 'Europe/London')).toBe('Opens at 18:50 (in 12 minutes)');
    expect(opensText(today.joinOpensAt, at('2027-03-09T18:38:00Z'), 'America/New_York')).toBe('Opens at 13:50 (in 12 minutes)');
    // Rounded up: with 11.5 minutes to go it still says 12.
    expect(openingTime(today.joinOpensAt, at('2027-03-09T18:38:30Z'), 'UTC')?.wait).toBe('in 12 minutes');
  });

  it('names the day when it is not today where the viewer is', () => {
    expect(opensText(nextWeek.joinOpensAt, at('2027-03-09T18:38:00Z'), 'Europe/London')).toBe('Opens Tue 16 Mar at 18:50 (in 7 days)');
    // 09:00Z is 22:00 on 9 March in Auckland, and 18:50Z is already 07:50 on 10 March there.
    expect(openingTime(today.joinOpensAt, at('2027-03-09T09:00:00Z'), 'Pacific/Auckland')).toEqual({ time: '07:50', day: 'Wed 10 Mar', wait: 'in 9 hours' });
    expect(openingTime(today.joinOpensAt, at('2027-03-09T09:00:00Z'), 'America/Los_Angeles')).toEqual({ time: '10:50', day: null, wait: 'in 9 hours' });
  });
});
