// Who in a live room takes part in a chat: only people seated in the room (not waiting, not on the
// prejoin screen) and visible there, in the same space (each breakout has its own chat). Their
// facilitating role is read from the session at that moment.
import { isFacilitating } from '../../../shared/session';
import { subjectKey } from '../identity';
import type { LiveRoom } from '../liveRoom';
import type { Participant } from '../participant';
import { canSee, type ChatEntry, type Viewer } from './chatLog';

/** The participant as a chat viewer, or null when their seat is not in the room. */
export function viewerOf(room: LiveRoom, participant: Participant): Viewer | null {
  const seat = room.session.state.participants[participant.peerId];
  if (!seat || seat.place !== 'room') return null;
  return { peerId: participant.peerId, key: subjectKey(participant.identity), facilitating: isFacilitating(seat) };
}

/** Participants who receive a space's chat and reactions now: seated in the room and visible in that space. */
export function listeners(room: LiveRoom, space: string): Array<{ participant: Participant; viewer: Viewer }> {
  const result: Array<{ participant: Participant; viewer: Viewer }> = [];
  for (const participant of room.participants.values()) {
    if (!participant.joined || participant.space !== space) continue;
    const viewer = viewerOf(room, participant);
    if (viewer) result.push({ participant, viewer });
  }
  return result;
}

/** Those listening now in the space who may see this message. */
export function audience(room: LiveRoom, space: string, entry: ChatEntry): Participant[] {
  return listeners(room, space)
    .filter(({ viewer }) => canSee(entry, viewer))
    .map(({ participant }) => participant);
}

/** Send someone entering the room the chat so far (only what they may see). */
export function sendHistory(room: LiveRoom, participant: Participant): void {
  const viewer = viewerOf(room, participant);
  participant.notify('chat:history', { messages: viewer ? room.chatIn(participant.space).visibleTo(viewer) : [] });
}
