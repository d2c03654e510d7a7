import { describe, expect, it } from 'vitest';
import { effectsOfType, peer, reduceOk, refuse, room } from './helpers';

describe('facilitator mute', () => {
  it('mutes one member: server pause, flag, notice', () => {
    const { state, effects } = reduceOk(room(), { type: 'facilitator:mute', peerId: 'tgt' }, peer('co'));
    expect(state.participants.tgt?.mutedBy).toEqual({ mic: true, camera: false });
    expect(effects).toEqual([
      { type: 'pauseProducer', peerId: 'tgt', source: 'mic' },
      { type: 'notify', peerId: 'tgt', message: { kind: 'muted_by_facilitator', source: 'mic' } },
    ]);
  });

  it('stops video the same way', () => {
    const { state, effects } = reduceOk(room(), { type: 'facilitator:stopVideo', peerId: 'tgt' }, peer('fac'));
    expect(state.participants.tgt?.mutedBy).toEqual({ mic: false, camera: true });
    expect(effects[0]).toEqual({ type: 'pauseProducer', peerId: 'tgt', source: 'camera' });
  });

  it('cannot target a lead facilitator, nor an unknown peer', () => {
    expect(refuse(room(), { type: 'facilitator:mute', peerId: 'org' }, peer('co')).code).toBe('not_authorized');
    expect(refuse(room(), { type: 'facilitator:stopVideo', peerId: 'ghost' }, peer('fac')).code).toBe('not_found');
  });

  it('muteAll pauses every member in the room, never facilitating roles or the waiting room', () => {
    const { state, effects } = reduceOk(room(), { type: 'facilitator:muteAll' }, peer('fac'));
    expect(effectsOfType(effects, 'pauseProducer').map((e) => e.peerId).sort()).toEqual(['m2', 'mem', 'tgt']);
    expect(state.participants.co?.mutedBy.mic).toBe(false);
    expect(state.participants.wait?.mutedBy.mic).toBe(false);
  });
});

describe('unmuting is always the member’s own act', () => {
  it('a self-unmute on the open floor is allowed, and changes nothing in state', () => {
    const s = room();
    const { state, effects } = reduceOk(s, { type: 'media:selfUnmute', source: 'mic' }, peer('tgt'));
    expect(state).toBe(s);
    expect(effects).toEqual([{ type: 'resumeProducerAllowed', peerId: 'tgt', source: 'mic' }]);
  });

  it('a facilitator mute blocks self-unmute until a facilitator asks, and asking never resumes', () => {
    const muted = reduceOk(room(), { type: 'facilitator:mute', peerId: 'tgt' }, peer('fac')).state;
    expect(refuse(muted, { type: 'media:selfUnmute', source: 'mic' }, peer('tgt')).code).toBe('conflict');
    // the camera was not muted by anyone
    expect(reduceOk(muted, { type: 'media:selfUnmute', source: 'camera' }, peer('tgt')).effects).toHaveLength(1);

    const asked = reduceOk(muted, { type: 'facilitator:askToUnmute', peerId: 'tgt', source: 'mic' }, peer('co'));
    expect(asked.effects).toEqual([{ type: 'notify', peerId: 'tgt', message: { kind: 'ask_to_unmute', source: 'mic' } }]);
    expect(effectsOfType(asked.effects, 'resumeProducerAllowed')).toEqual([]);
    expect(asked.state.participants.tgt?.mutedBy.mic).toBe(false);
    expect(reduceOk(asked.state, { type: 'media:selfUnmute', source: 'mic' }, peer('tgt')).effects).toEqual([
      { type: 'resumeProducerAllowed', peerId: 'tgt', source: 'mic' },
    ]);
  });

  it('under the stick only the speaker and facilitating peers may open the mic', () => {
    let s = reduceOk(room(), { type: 'hand:raise' }, peer('tgt')).state;
    s = reduceOk(s, { type: 'stick:on' }, peer('fac')).state;
    expect(s.stick?.speaker).toBe('tgt');
    expect(refuse(s, { type: 'media:selfUnmute', source: 'mic' }, peer('m2')).code).toBe('conflict');
    expect(reduceOk(s, { type: 'media:selfUnmute', source: 'camera' }, peer('m2')).effects).toHaveLength(1);
    expect(reduceOk(s, { type: 'media:selfUnmute', source: 'mic' }, peer('tgt')).effects).toHaveLength(1);
    expect(reduceOk(s, { type: 'media:selfUnmute', source: 'mic' }, peer('co')).effects).toHaveLength(1);
    expect(refuse(s, { type: 'facilitator:askToUnmute', peerId: 'm2', source: 'mic' }, peer('fac')).code).toBe('conflict');
  });

  it('cannot ask someone in the waiting room, or an unknown peer', () => {
    expect(refuse(room(), { type: 'facilitator:askToUnmute', peerId: 'wait', source: 'mic' }, peer('fac')).code).toBe('conflict');
    expect(refuse(room(), { type: 'facilitator:askToUnmute', peerId: 'ghost', source: 'mic' }, peer('fac')).code).toBe('not_found');
  });
});
