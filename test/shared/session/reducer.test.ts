import { describe, expect, it } from 'vitest';
import { reduce } from '../../../shared/session';
import { peer, reduceOk, room, T0 } from './helpers';

describe('reducer', () => {
  it('keeps state JSON-plain through a busy session', () => {
    let s = room();
    s = reduceOk(s, { type: 'hand:raise' }, peer('tgt')).state;
    s = reduceOk(s, { type: 'stick:on' }, peer('fac')).state;
    s = reduceOk(s, { type: 'room:remove', peerId: 'm2', block: true }, peer('fac')).state;
    s = reduceOk(s, { type: 'round:start', order: ['mem', 'tgt'] }, peer('co'), T0 + 1).state;
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('is deterministic: the same inputs give equal outputs', () => {
    const s = room();
    const a = reduce(s, { type: 'stick:on' }, peer('fac'), T0);
    const b = reduce(s, { type: 'stick:on' }, peer('fac'), T0);
    expect(a).toEqual(b);
  });

  it('a peer id that merely looks like the server is still just an outsider', () => {
    const r = reduce(room(), { type: 'session:tick' }, peer('server'), T0);
    expect(r).toEqual({ error: { code: 'not_authorized', message: 'only the server can do this' } });
  });
});
