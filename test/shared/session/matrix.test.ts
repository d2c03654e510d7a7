// Role × action matrix: every action type against every kind of actor, with the expected outcome
// written out by hand (not derived from PERMISSIONS), and refusals proven to leave state untouched.
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Action, type ActionType, type Actor, type SessionState } from '../../../shared/session';
import { opened, peer, planned, reduceOk, refuse, room } from './helpers';

type Outcome = 'ok' | 'not_authorized';
type Column = 'member' | 'co_facilitator' | 'facilitator' | 'organiser' | 'host' | 'outsider' | 'waiting' | 'server';

const ACTORS: Record<Column, Actor> = {
  member: peer('mem'),
  co_facilitator: peer('co'),
  facilitator: peer('fac'),
  organiser: peer('org'),
  host: peer('host'),
  outsider: peer('nobody'),
  waiting: peer('wait'),
  server: 'server',
};

const O = 'ok' as const;
const N = 'not_authorized' as const;
//                        member co   fac  org  host out  wait server
const everyone = row(     O,     O,   O,   O,   O,   N,   N,   N);
const facilitating = row( N,     O,   O,   O,   O,   N,   N,   N);
const leads = row(        N,     N,   O,   O,   O,   N,   N,   N);
const serverOnly = row(   N,     N,   N,   N,   N,   N,   N,   O);

function row(...o: Outcome[]): Record<Column, Outcome> {
  const cols: Column[] = ['member', 'co_facilitator', 'facilitator', 'organiser', 'host', 'outsider', 'waiting', 'server'];
  return Object.fromEntries(cols.map((c, i) => [c, o[i]])) as Record<Column, Outcome>;
}

const stickWith = (s: SessionState, speaker: string): SessionState => ({
  ...s,
  settings: { ...s.settings, floor: 'stick' },
  stick: { speaker, endsAt: 2_000_000, warned: false, awaitingConfirm: false },
});

/** Breakouts open with the actor (if they are in the room) and tgt in b1; fac visits nothing. */
const actorInB1 = (s: SessionState, actorId: string): SessionState =>
  opened(s.participants[actorId]?.place === 'room' ? { [actorId]: 'b1', tgt: 'b1' } : { tgt: 'b1' }, {}, 1_000_000, s);
const tgtInB1 = (s: SessionState): SessionState => opened({ tgt: 'b1' }, { durationMs: 600_000 }, 1_000_000, s);

interface Case {
  expect: Record<Column, Outcome>;
  action: Action;
  /** Puts the room in a state where the action makes sense for this actor, so "ok" is a real success. */
  prep?: (s: SessionState, actorId: string) => SessionState;
}

const CASES: Record<ActionType, Case> = {
  'session:arrive': { expect: serverOnly, action: { type: 'session:arrive', peerId: 'new', displayName: 'New', role: 'member', subjectKey: 'k-new' } },
  'session:disconnect': { expect: serverOnly, action: { type: 'session:disconnect', peerId: 'tgt' } },
  'session:tick': { expect: serverOnly, action: { type: 'session:tick' } },
  // Leaving is the one thing a waiting peer can do.
  'session:leave': { expect: { ...everyone, waiting: O }, action: { type: 'session:leave' } },
  'hand:raise': { expect: everyone, action: { type: 'hand:raise' } },
  'hand:lower': { expect: everyone, action: { type: 'hand:lower' }, prep: (s, id) => ({ ...s, queue: [id] }) },
  'media:selfUnmute': { expect: everyone, action: { type: 'media:selfUnmute', source: 'mic' } },
  'stick:pass': { expect: everyone, action: { type: 'stick:pass' }, prep: stickWith },
  'stick:finish': { expect: everyone, action: { type: 'stick:finish' }, prep: stickWith },
  'waiting:admit': { expect: facilitating, action: { type: 'waiting:admit', peerId: 'wait' } },
  'waiting:admitAll': { expect: facilitating, action: { type: 'waiting:admitAll' } },
  'waiting:decline': { expect: facilitating, action: { type: 'waiting:decline', peerId: 'wait', message: 'Not today, sorry' } },
  'waiting:sendBack': { expect: facilitating, action: { type: 'waiting:sendBack', peerId: 'tgt' } },
  'room:remove': { expect: leads, action: { type: 'room:remove', peerId: 'tgt', block: true } },
  'room:lock': { expect: leads, action: { type: 'room:lock' } },
  'room:unlock': { expect: leads, action: { type: 'room:unlock' }, prep: (s) => ({ ...s, settings: { ...s.settings, locked: true } }) },
  'room:setWaitingRoom': { expect: leads, action: { type: 'room:setWaitingRoom', enabled: false } },
  'facilitator:handOver': { expect: leads, action: { type: 'facilitator:handOver', peerId: 'tgt' } },
  'facilitator:promote': { expect: leads, action: { type: 'facilitator:promote', peerId: 'tgt' } },
  'facilitator:demote': { expect: leads, action: { type: 'facilitator:demote', peerId: 'co' } },
  'facilitator:mute': { expect: facilitating, action: { type: 'facilitator:mute', peerId: 'tgt' } },
  'facilitator:muteAll': { expect: facilitating, action: { type: 'facilitator:muteAll' } },
  'facilitator:stopVideo': { expect: facilitating, action: { type: 'facilitator:stopVideo', peerId: 'tgt' } },
  'facilitator:askToUnmute': { expect: facilitating, action: { type: 'facilitator:askToUnmute', peerId: 'tgt', source: 'mic' } },
  'queue:reorder': { expect: facilitating, action: { type: 'queue:reorder', order: ['m2', 'tgt'] }, prep: (s) => ({ ...s, queue: ['tgt', 'm2'] }) },
  'queue:remove': { expect: facilitating, action: { type: 'queue:remove', peerId: 'tgt' }, prep: (s) => ({ ...s, queue: ['tgt'] }) },
  'queue:clear': { expect: facilitating, action: { type: 'queue:clear' } },
  'stick:on': { expect: facilitating, action: { type: 'stick:on' } },
  'stick:off': { expect: facilitating, action: { type: 'stick:off' }, prep: (s) => stickWith(s, 'tgt') },
  'stick:setTurnLength': { expect: facilitating, action: { type: 'stick:setTurnLength', turnMs: 60_000 } },
  'stick:setAutoPass': { expect: facilitating, action: { type: 'stick:setAutoPass', autoPass: false } },
  'stick:extend': { expect: facilitating, action: { type: 'stick:extend', byMs: 60_000 }, prep: (s) => stickWith(s, 'tgt') },
  'stick:skip': { expect: facilitating, action: { type: 'stick:skip' }, prep: (s) => stickWith(s, 'tgt') },
  'stick:giveFloor': { expect: facilitating, action: { type: 'stick:giveFloor', peerId: 'tgt' }, prep: (s) => stickWith(s, 'm2') },
  'round:start': { expect: facilitating, action: { type: 'round:start', order: ['tgt', 'm2'] }, prep: (s) => stickWith(s, 'm2') },
  // Breakouts: run by whoever facilitates the session (their main seat); members choose for themselves.
  'breakout:plan': { expect: facilitating, action: { type: 'breakout:plan', rooms: [{}, {}], mode: 'auto', seed: 7 } },
  'breakout:assign': { expect: facilitating, action: { type: 'breakout:assign', peerId: 'tgt', roomId: 'b1' }, prep: (s) => planned(s) },
  'breakout:shuffle': { expect: facilitating, action: { type: 'breakout:shuffle', seed: 7 }, prep: (s) => planned(s) },
  'breakout:optOut': { expect: everyone, action: { type: 'breakout:optOut', optOut: true }, prep: (s) => planned(s) },
  'breakout:open': { expect: facilitating, action: { type: 'breakout:open' }, prep: (s) => planned(s, { tgt: 'b1' }) },
  'breakout:move': { expect: facilitating, action: { type: 'breakout:move', peerId: 'tgt', to: 'b2' }, prep: tgtInB1 },
  'breakout:addRoom': { expect: facilitating, action: { type: 'breakout:addRoom', name: 'Quiet corner' }, prep: tgtInB1 },
  'breakout:broadcast': { expect: facilitating, action: { type: 'breakout:broadcast', message: 'Five minutes left' }, prep: tgtInB1 },
  'breakout:visit': { expect: facilitating, action: { type: 'breakout:visit', to: 'b1' }, prep: tgtInB1 },
  'breakout:askHelp': { expect: everyone, action: { type: 'breakout:askHelp' }, prep: actorInB1 },
  'breakout:clearHelp': {
    expect: facilitating,
    action: { type: 'breakout:clearHelp', roomId: 'b1' },
    prep: (s) => reduceOk(tgtInB1(s), { type: 'breakout:askHelp' }, peer('tgt')).state,
  },
  'breakout:setHost': { expect: facilitating, action: { type: 'breakout:setHost', peerId: 'tgt', host: true }, prep: tgtInB1 },
  'breakout:extend': { expect: facilitating, action: { type: 'breakout:extend', byMs: 60_000 }, prep: tgtInB1 },
  'breakout:close': { expect: facilitating, action: { type: 'breakout:close' }, prep: tgtInB1 },
  'breakout:returnToMain': { expect: everyone, action: { type: 'breakout:returnToMain' }, prep: actorInB1 },
};

describe('role × action matrix', () => {
  it('covers every action type the reducer knows', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(Object.keys(CASES)).toHaveLength(50);
  });

  for (const [type, c] of Object.entries(CASES) as [ActionType, Case][]) {
    for (const column of Object.keys(ACTORS) as Column[]) {
      const expected = c.expect[column];
      it(`${type} by ${column} → ${expected}`, () => {
        const actor = ACTORS[column];
        const actorId = actor === 'server' ? 'server' : actor.peerId;
        const base = room();
        const state = c.prep ? c.prep(base, actorId) : base;
        if (expected === 'ok') {
          const result = reduceOk(state, c.action, actor);
          expect(Array.isArray(result.effects)).toBe(true);
          // A success must do something observable: change state or ask the server for an effect.
          const didSomething = result.state !== state || result.effects.length > 0;
          expect(didSomething || type === 'session:tick').toBe(true);
        } else {
          expect(refuse(state, c.action, actor).code).toBe(expected);
        }
      });
    }
  }
});
