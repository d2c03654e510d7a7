// A scheduled group's live room refuses a member a join token (`not_open`) outside the join
// windows: with `fields.opensAt` when a session is coming, without it when none is scheduled. The token is fetched deep inside the socket's handshake, which only
// passes strings on; this store keeps the refusal's reason per room so the session page can show
// a calm "opens at 18:50" screen instead of a generic refusal.
import { ApiError } from '../api/apiError';
import { createStore, type ReadableStore } from '../store';
import { opensText } from './joinState';

export type NotOpen = { kind: 'not_yet'; opensAt: string; serverNow?: string } | { kind: 'closed' };

/** The reason behind a `not_open` answer, or null for any other failure. */
export function notOpenReason(error: unknown): NotOpen | null {
  if (!(error instanceof ApiError) || error.code !== 'not_open') return null;
  // Field messages arrive as sentences ("….000Z."): read the instant, not the punctuation.
  const instant = (field: string | undefined): string | undefined => {
    const raw = (field ?? '').replace(/\.$/, '');
    return raw && !Number.isNaN(Date.parse(raw)) ? new Date(Date.parse(raw)).toISOString() : undefined;
  };
  const opensAt = instant(error.fields.opensAt);
  const serverNow = instant(error.fields.serverNow);
  if (!opensAt) return { kind: 'closed' };
  return serverNow ? { kind: 'not_yet', opensAt, serverNow } : { kind: 'not_yet', opensAt };
}

/** For places that can only show a sentence (a refusal during a reconnect). */
export function notOpenMessage(reason: NotOpen, now: number, zone: string): string {
  if (reason.kind === 'closed') return 'The live room is closed: no session is on now or coming up.';
  return `This session is not open yet. ${opensText(reason.opensAt, now, zone)}.`;
}

const refusals = createStore<Readonly<Record<string, NotOpen>>>({});

/** Rooms (by server room id) whose last join-token request was refused with `not_open`. */
export const notOpenRooms: ReadableStore<Readonly<Record<string, NotOpen>>> = refusals;

/** Record the outcome of a join-token request: an error (null for success) for that room. */
export function noteJoinTokenOutcome(roomId: string, error: unknown): void {
  const reason = error === null ? null : notOpenReason(error);
  const current = refusals.get();
  if (reason) {
    refusals.set({ ...current, [roomId]: reason });
  } else if (roomId in current) {
    const { [roomId]: _gone, ...rest } = current;
    refusals.set(rest);
  }
}
