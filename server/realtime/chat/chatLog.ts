// One room's chat, in server memory only: never logged, never written to disk, gone with the room.
// Keeps at most `cap` messages (the oldest go first) and decides who may see each one.
import type { ChatMessage } from '../../../shared/protocol';

/** Enough for a long session; memory stays small (500 × at most 1000 characters). */
export const MAX_CHAT_MESSAGES = 500;

/** Who is looking: a peer, the person behind it (stable across reconnects), and whether they facilitate now. */
export interface Viewer {
  peerId: string;
  /** The sender's subjectKey: a person who reconnects (new peer id) still owns their messages. */
  key: string;
  facilitating: boolean;
}

export interface ChatEntry {
  message: ChatMessage;
  /** The sender's subjectKey; stays on the server. */
  senderKey: string;
}

export const isOwnEntry = (entry: ChatEntry, viewer: Viewer): boolean => entry.senderKey === viewer.key;

/** Room messages are for everyone in the room; a note to the facilitators only for them and its sender. */
export function canSee(entry: ChatEntry, viewer: Viewer): boolean {
  return entry.message.to === 'room' || viewer.facilitating || isOwnEntry(entry, viewer);
}

export class ChatLog {
  /** Insertion order is sending order, so the first key is always the oldest message. */
  private readonly entries = new Map<string, ChatEntry>();

  constructor(private readonly cap = MAX_CHAT_MESSAGES) {}

  get size(): number {
    return this.entries.size;
  }

  add(entry: ChatEntry): void {
    this.entries.set(entry.message.messageId, entry);
    while (this.entries.size > this.cap) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get(messageId: string): ChatEntry | undefined {
    return this.entries.get(messageId);
  }

  /** Forget a message for good (a later history will not have it). Returns what was removed. */
  remove(messageId: string): ChatEntry | undefined {
    const entry = this.entries.get(messageId);
    this.entries.delete(messageId);
    return entry;
  }

  /** The messages this viewer may see, oldest first. */
  visibleTo(viewer: Viewer): ChatMessage[] {
    return [...this.entries.values()].filter((e) => canSee(e, viewer)).map((e) => e.message);
  }
}
