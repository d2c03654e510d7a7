// The room's chat memory: capped (oldest dropped), deletions are final, and each viewer sees only
// what is theirs to see (notes to the facilitators stay with the facilitators and their sender).
import { describe, expect, it } from 'vitest';
import { ChatLog, MAX_CHAT_MESSAGES, canSee, type ChatEntry, type Viewer } from '../../../server/realtime/chat/chatLog';

let n = 0;
function entry(to: 'room' | 'facilitators', senderKey = 'membership:wren', peerId = 'p-wren'): ChatEntry {
  n += 1;
  return { message: { messageId: `m${n}`, from: { peerId, displayName: 'Wren' }, to, text: `hello ${n}`, sentAt: n }, senderKey };
}
const member: Viewer = { peerId: 'p-ash', key: 'membership:ash', facilitating: false };
const facilitator: Viewer = { peerId: 'p-fae', key: 'membership:fae', facilitating: true };
const sender: Viewer = { peerId: 'p-wren', key: 'membership:wren', facilitating: false };

describe('ChatLog', () => {
  it('keeps messages in sending order and drops the oldest beyond the cap', () => {
    const log = new ChatLog(3);
    const sent = [entry('room'), entry('room'), entry('room'), entry('room')];
    for (const e of sent) log.add(e);
    expect(log.size).toBe(3);
    expect(log.visibleTo(member).map((m) => m.messageId)).toEqual(sent.slice(1).map((e) => e.message.messageId));
    expect(log.get(sent[0]!.message.messageId)).toBeUndefined();
  });

  it('caps at 500 messages by default', () => {
    const log = new ChatLog();
    for (let i = 0; i < MAX_CHAT_MESSAGES + 20; i++) log.add(entry('room'));
    expect(MAX_CHAT_MESSAGES).toBe(500);
    expect(log.size).toBe(500);
  });

  it('forgets a removed message for good, and removing twice finds nothing', () => {
    const log = new ChatLog();
    const a = entry('room');
    const b = entry('room');
    log.add(a);
    log.add(b);
    expect(log.remove(a.message.messageId)).toBe(a);
    expect(log.remove(a.message.messageId)).toBeUndefined();
    expect(log.visibleTo(member).map((m) => m.messageId)).toEqual([b.message.messageId]);
  });

  it('shows a note to the facilitators only to facilitators and its sender', () => {
    const log = new ChatLog();
    const open = entry('room');
    const note = entry('facilitators');
    log.add(open);
    log.add(note);
    expect(log.visibleTo(member)).toEqual([open.message]);
    expect(log.visibleTo(facilitator)).toEqual([open.message, note.message]);
    expect(log.visibleTo(sender)).toEqual([open.message, note.message]);
  });

  it('knows the sender by the person, not the connection: a reconnect (new peer id) still sees their note', () => {
    const note = entry('facilitators');
    expect(canSee(note, { ...sender, peerId: 'p-wren-again' })).toBe(true);
    // Another person who happens to reuse nothing but a display name sees nothing.
    expect(canSee(note, { peerId: 'p-other', key: 'membership:other', facilitating: false })).toBe(false);
  });
});
