import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../client/core/api/apiError';
import { noteJoinTokenOutcome, notOpenMessage, notOpenReason, notOpenRooms } from '../../../../client/core/schedule/notOpen';

afterEach(() => noteJoinTokenOutcome('g-1', null));

describe('notOpen', () => {
  it('reads opensAt from a not_open answer (field messages arrive as sentences, with a full stop)', () => {
    const error = new ApiError('not_open', 'The session opens at 18:50.', 409, { opensAt: '2027-03-09T18:50:00.000Z.' });
    expect(notOpenReason(error)).toEqual({ kind: 'not_yet', opensAt: '2027-03-09T18:50:00.000Z' });
    expect(notOpenReason(new ApiError('not_open', 'No upcoming session.', 409))).toEqual({ kind: 'closed' });
    // With the server's clock, so the countdown is right on a browser whose clock is off.
    const timed = new ApiError('not_open', 'Not yet.', 409, { opensAt: '2027-03-09T18:50:00.000Z.', serverNow: '2027-03-09T18:38:00.000Z.' });
    expect(notOpenReason(timed)).toEqual({ kind: 'not_yet', opensAt: '2027-03-09T18:50:00.000Z', serverNow: '2027-03-09T18:38:00.000Z' });
    expect(notOpenReason(new ApiError('not_authorized', 'no', 403))).toBeNull();
    expect(notOpenReason(new Error('boom'))).toBeNull();
  });

  it('keeps the last refusal per room until a token is granted', () => {
    const refusal = new ApiError('not_open', 'Not yet.', 409, { opensAt: '2027-03-09T18:50:00Z' });
    noteJoinTokenOutcome('g-1', refusal);
    expect(notOpenRooms.get()['g-1']).toEqual({ kind: 'not_yet', opensAt: '2027-03-09T18:50:00.000Z' });
    // Another failure is not a schedule matter: the generic refusal takes over.
    noteJoinTokenOutcome('g-1', new ApiError('not_authorized', 'no', 403));
    expect(notOpenRooms.get()['g-1']).toBeUndefined();
    noteJoinTokenOutcome('g-1', refusal);
    noteJoinTokenOutcome('g-1', null);
    expect(notOpenRooms.get()).toEqual({});
  });

  it('words the refusal for places that only show a sentence', () => {
    expect(notOpenMessage({ kind: 'not_yet', opensAt: '2027-03-09T18:50:00Z' }, Date.parse('2027-03-09T18:38:00Z'), 'Europe/London')).toBe(
      'This session is not open yet. Opens at 18:50 (in 12 minutes).',
    );
    expect(notOpenMessage({ kind: 'closed' }, 0, 'UTC')).toBe('The live room is closed: no session is on now or coming up.');
  });
});
