import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/session';
import { peer, reduceOk, refuse, room, T0 } from './helpers';

function raised(...ids: string[]): SessionState {
  return ids.reduce((s, id, i) => reduceOk(s, { type: 'hand:raise' }, peer(id), T0 + i * 10).state, room());
}

describe('hand queue', () => {
  it('orders hands by raise time and records when', () => {
    const s = raised('tgt', 'mem', 'm2');
    expect(s.queue).toEqual(['tgt', 'mem', 'm2']);
    expect(s.participants.mem?.handRaisedAt).toBe(T0 + 10);
  });

  it('refuses raising twice and lowering a hand that is down', () => {
    expect(refuse(raised('tgt'), { type: 'hand:raise' }, peer('tgt')).code).toBe('conflict');
    expect(refuse(room(), { type: 'hand:lower' }, peer('tgt')).code).toBe('conflict');
  });

  it('the speaker cannot queue again while holding the stick', () => {
    const s = reduceOk(raised('tgt'), { type: 'stick:on' }, peer('fac')).state;
    expect(refuse(s, { type: 'hand:raise' }, peer('tgt')).code).toBe('conflict');
  });

  it('lowering removes the hand and the time', () => {
    const s = reduceOk(raised('tgt', 'mem'), { type: 'hand:lower' }, peer('tgt')).state;
    expect(s.queue).toEqual(['mem']);
    expect(s.participants.tgt?.handRaisedAt).toBeNull();
  });

  it('facilitators reorder with an exact permutation only', () => {
    const s = raised('tgt', 'mem', 'm2');
    expect(reduceOk(s, { type: 'queue:reorder', order: ['m2', 'tgt', 'mem'] }, peer('co')).state.queue).toEqual(['m2', 'tgt', 'mem']);
    expect(refuse(s, { type: 'queue:reorder', order: ['m2', 'tgt'] }, peer('co')).code).toBe('invalid_payload');
    expect(refuse(s, { type: 'queue:reorder', order: ['m2', 'tgt', 'tgt'] }, peer('co')).code).toBe('invalid_payload');
    expect(refuse(s, { type: 'queue:reorder', order: ['m2', 'tgt', 'fac'] }, peer('co')).code).toBe('invalid_payload');
  });

  it('facilitators remove one hand or clear all', () => {
    const s = raised('tgt', 'mem');
    const removed = reduceOk(s, { type: 'queue:remove', peerId: 'tgt' }, peer('fac')).state;
    expect(removed.queue).toEqual(['mem']);
    expect(removed.participants.tgt?.handRaisedAt).toBeNull();
    expect(refuse(removed, { type: 'queue:remove', peerId: 'tgt' }, peer('fac')).code).toBe('not_found');
    const cleared = reduceOk(s, { type: 'queue:clear' }, peer('fac')).state;
    expect(cleared.queue).toEqual([]);
    expect(cleared.participants.mem?.handRaisedAt).toBeNull();
  });
});
