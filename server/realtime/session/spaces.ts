// Moving a participant's media between spaces of a room (the main room and its breakouts),
// without dropping their connection. Each space is its own Router, so a move closes the
// participant's transports (and with them every producer and consumer) in the old space, and
// opens a MediaPeer in the new one; the client then creates its transports there and calls
// `space:enter`, like a join. Nothing of the old space survives the move: isolation is by
// construction (a consumer can only exist on a transport of the space's own Router).
import { spaceOf } from '../../../shared/session';
import type { Logger } from '../../log';
import { AppError } from '../errors';
import type { LiveRoom } from '../liveRoom';
import type { Participant } from '../participant';
import { leaveSight } from './presence';

export async function moveToSpace(room: LiveRoom, participant: Participant, space: string): Promise<void> {
  const from = participant.space;
  if (from === space || participant.room !== room || !participant.media) return;
  leaveSight(room, participant); // the old space sees them go; their consumers close
  room.mediaIn(from)?.removePeer(participant.peerId); // transports, producers and consumers close
  participant.setChannel(room.channel('in', from), false);
  participant.media = undefined;
  participant.space = space;
  room.closeSpaceIfEmpty(from);
  const media = await room.openSpace(space).catch(() => {
    throw new AppError('unavailable', 'the media server could not open that room; please try again shortly');
  });
  // They may have left (or been moved again) while the space opened.
  if (participant.room !== room || participant.space !== space || participant.media) return;
  participant.media = media.addPeer(participant.peerId, {
    consumerClosed: (consumerId) => participant.notify('consumer:closed', { consumerId }),
  });
  participant.notify('space:moved', { space, routerRtpCapabilities: media.rtpCapabilities });
}

/**
 * After someone has entered: if the session puts them in another space than their media is in (a
 * person back on a new connection goes back into their breakout), move them there. Deferred past
 * the join's answer, so the client has its room before it is told to move.
 */
export function followSession(room: LiveRoom, participant: Participant, logger: Logger): void {
  setImmediate(() => {
    const space = spaceOf(room.session.state, participant.peerId);
    if (participant.room !== room || !participant.joined || participant.space === space) return;
    moveToSpace(room, participant, space).catch((err: unknown) => {
      logger.warn({ code: err instanceof AppError ? err.code : 'internal' }, 'could not move a returning participant into their breakout');
    });
  });
}
