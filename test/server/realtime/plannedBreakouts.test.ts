// The stored plan (people by membership, rooms by index) as the session takes it (subject keys,
// room ids), without a database.
import { describe, expect, it } from 'vitest';
import { toPreparedPlan } from '../../../server/realtime/session/plannedBreakouts';

describe('toPreparedPlan', () => {
  it('names people by subject key and rooms by id, and converts the timer', () => {
    expect(
      toPreparedPlan({ rooms: [{ name: 'Pairs', topic: 'Sleep' }, {}, { topic: 'Work' }], assignment: { m1: 0, m2: 2 }, keepApart: [['m1', 'm3']], durationMinutes: 20, allowReturn: true }),
    ).toEqual({
      rooms: [{ name: 'Pairs', topic: 'Sleep' }, {}, { topic: 'Work' }],
      assignment: { 'membership:m1': 'b1', 'membership:m2': 'b3' },
      keepApart: [['membership:m1', 'membership:m3']],
      durationMs: 1_200_000,
      allowReturn: true,
    });
  });

  it('passes on no room the plan lacks, and no timer for null', () => {
    const prepared = toPreparedPlan({ rooms: [{}], assignment: { m1: 0, m2: 1 }, keepApart: [], durationMinutes: null, allowReturn: false });
    expect([prepared.assignment, prepared.durationMs, prepared.allowReturn]).toEqual([{ 'membership:m1': 'b1' }, null, false]);
  });
});
