import { describe, expect, it } from 'vitest';
import { createSession, spaceOf, withPreparedPlan, type PreparedPlan, type SessionState } from '../../../../shared/session';
import { arrive, peer, reduceOk, refuse, T0 } from '../helpers';

const PREPARED: PreparedPlan = {
  rooms: [{ name: 'Pairs A', topic: 'What helped this week' }, {}],
  assignment: { 'subject-ana': 'b1', 'subject-ben': 'b1', 'subject-cy': 'b2', 'subject-gone': 'b2', 'subject-x': 'b9' },
  keepApart: [['subject-ana', 'subject-cy']],
  durationMs: 15 * 60_000,
  allowReturn: false,
};

function prepared(settings: { waitingRoom: boolean } = { waitingRoom: false }, plan: PreparedPlan = PREPARED): SessionState {
  let s = reduceOk(createSession(settings), arrive('fac', 'facilitator'), 'server', T0 - 100).state;
  const out = withPreparedPlan(s, plan);
  if ('error' in out) throw new Error(out.error.message);
  s = out;
  return s;
}

describe('a breakout plan prepared before the session', () => {
  it('starts the session with its rooms and timer; people are placed as they come in, by who they are', () => {
    let s = prepared();
    expect(s.breakouts.plan).toMatchObject({
      rooms: [{ id: 'b1', name: 'Pairs A', topic: 'What helped this week' }, { id: 'b2', name: 'Circle 2', topic: '' }],
      durationMs: 15 * 60_000, allowReturn: false, assignment: {},
    });
    s = reduceOk(s, arrive('ana'), 'server', T0 + 1).state;
    expect(s.breakouts.plan?.assignment).toEqual({ ana: 'b1' });
    s = reduceOk(s, arrive('cy'), 'server', T0 + 2).state;
    expect(s.breakouts.plan?.assignment).toEqual({ ana: 'b1', cy: 'b2' });
    expect(s.breakouts.plan?.keepApart).toEqual([['ana', 'cy']]); // both here now
    // What is left waits for the others; a room id the plan does not have is dropped.
    expect(s.breakouts.plan?.prepared).toEqual({ assignment: { 'subject-ben': 'b1', 'subject-gone': 'b2' }, keepApart: [] });
    s = reduceOk(s, arrive('ben'), 'server', T0 + 3).state;
    s = reduceOk(s, arrive('dee'), 'server', T0 + 4).state; // not in the plan: stays in main
    s = reduceOk(s, { type: 'breakout:open' }, peer('fac'), T0 + 5).state;
    expect(['ana', 'ben', 'cy', 'dee'].map((p) => spaceOf(s, p))).toEqual(['b1', 'b1', 'b2', 'main']);
    expect(s.breakouts.running?.endsAt).toBe(T0 + 5 + 15 * 60_000);
  });

  it('someone in the waiting room is placed once admitted', () => {
    let s = prepared({ waitingRoom: true });
    s = reduceOk(s, arrive('ana'), 'server', T0 + 1).state;
    expect(s.breakouts.plan?.assignment).toEqual({});
    s = reduceOk(s, { type: 'waiting:admit', peerId: 'ana' }, peer('fac'), T0 + 2).state;
    expect(s.breakouts.plan?.assignment).toEqual({ ana: 'b1' });
  });

  it('a facilitator\'s change is never undone by the prepared plan; a shuffle forgets it', () => {
    let s = reduceOk(prepared(), arrive('ana'), 'server', T0 + 1).state;
    s = reduceOk(s, { type: 'breakout:assign', peerId: 'ana', roomId: null }, peer('fac'), T0 + 2).state;
    s = reduceOk(s, arrive('dee'), 'server', T0 + 3).state; // any later action
    expect(s.breakouts.plan?.assignment).toEqual({});
    s = reduceOk(s, { type: 'breakout:shuffle', seed: 7 }, peer('fac'), T0 + 4).state;
    expect(s.breakouts.plan?.prepared).toBeUndefined();
    s = reduceOk(s, arrive('ben'), 'server', T0 + 5).state;
    expect(s.breakouts.plan?.assignment.ben).toBeUndefined();
  });

  it('a member who opts out stays in the main room even though the prepared plan named them', () => {
    let s = reduceOk(prepared(), arrive('ana'), 'server', T0 + 1).state;
    s = reduceOk(s, { type: 'breakout:optOut', optOut: true }, peer('ana'), T0 + 2).state;
    s = reduceOk(s, arrive('dee'), 'server', T0 + 3).state;
    expect(s.breakouts.plan?.assignment.ana).toBeUndefined();
    expect(s.breakouts.plan?.optedOut).toEqual(['ana']);
  });

  it('refuses a plan that is not valid, or a session that already has one', () => {
    const s = reduceOk(createSession({ waitingRoom: false }), arrive('fac', 'facilitator'), 'server', T0).state;
    expect(withPreparedPlan(s, { ...PREPARED, rooms: [] })).toMatchObject({ error: { code: 'invalid_payload' } });
    expect(withPreparedPlan(s, { ...PREPARED, durationMs: 5 })).toMatchObject({ error: { code: 'invalid_payload' } });
    const planned = reduceOk(s, { type: 'breakout:plan', rooms: [{}], mode: 'manual', seed: 1 }, peer('fac')).state;
    expect(withPreparedPlan(planned, PREPARED)).toMatchObject({ error: { code: 'conflict' } });
    // A member (placed by the prepared plan) still may not change the plan.
    const withAna = reduceOk(prepared(), arrive('ana'), 'server', T0 + 1).state;
    expect(refuse(withAna, { type: 'breakout:shuffle', seed: 1 }, peer('ana')).code).toBe('not_authorized');
  });
});
