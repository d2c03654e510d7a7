// Chat and quiet reactions in a live room. Messages live in the room's memory only (ChatLog) and
// are never logged; the sender's name is the server's. A note to the facilitators reaches only
// the facilitating peers and its sender; facilitators delete any message, a sender their own.
import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '../../../shared/protocol';
import { audience, listeners, viewerOf } from '../chat/audience';
import { isOwnEntry, canSee, type Viewer } from '../chat/chatLog';
import { allow } from '../chat/limits';
import { AppError, notAuthorized, notFound } from '../errors';
import type { Feature } from '../handler';
import type { LiveRoom } from '../liveRoom';
import type { Participant } from '../participant';

/** The room and the sender as a viewer; only someone seated in the room takes part. */
function seated(participant: Participant): { room: LiveRoom; viewer: Viewer } {
  const { room } = participant.inRoom();
  const viewer = viewerOf(room, participant);
  if (!viewer) throw notAuthorized('you can chat once you are in the room');
  return { room, viewer };
}

function limit(participant: Participant, kind: 'chat' | 'reaction'): void {
  if (!allow(participant, kind)) throw new AppError('rate_limited', 'a little slower, please; try again in a moment');
}

export const chatFeature: Feature = {
  async 'chat:send'({ participant }, { text, to }) {
    const { room, viewer } = seated(participant);
    limit(participant, 'chat');
    const seat = room.session.state.participants[participant.peerId]!;
    const message: ChatMessage = {
      messageId: randomUUID(),
      from: { peerId: participant.peerId, displayName: seat.displayName },
      to,
      text,
      sentAt: room.session.now(),
    };
    const entry = { message, senderKey: viewer.key };
    room.chatIn(participant.space).add(entry);
    for (const p of audience(room, participant.space, entry)) p.notify('chat:message', message);
    return { messageId: message.messageId };
  },

  async 'chat:delete'({ participant }, { messageId }) {
    const { room, viewer } = seated(participant);
    const chat = room.chatIn(participant.space);
    const entry = chat.get(messageId);
    // A note someone cannot see does not exist for them.
    if (!entry || !canSee(entry, viewer)) throw notFound('message');
    if (!viewer.facilitating && !isOwnEntry(entry, viewer)) throw notAuthorized('only the facilitators can remove someone else\'s message');
    const told = audience(room, participant.space, entry);
    chat.remove(messageId);
    for (const p of told) p.notify('chat:deleted', { messageId });
    return {};
  },

  async 'reaction:send'({ participant }, { reaction }) {
    const { room } = seated(participant);
    limit(participant, 'reaction');
    for (const { participant: p } of listeners(room, participant.space)) p.notify('reaction', { peerId: participant.peerId, reaction });
    return {};
  },
};
