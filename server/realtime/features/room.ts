// Opening, joining and leaving a room. `room:prepare` lets the prejoin screen connect media before
// the person is visible; `room:join` makes them (and their producers) visible to everyone.
import type { RtpCapabilities } from 'mediasoup/types';
import type { ConsumerOptions } from '../../../shared/protocol';
import { AppError, conflict, notAuthorized } from '../errors';
import type { Feature } from '../handler';
import { producerView } from '../liveRoom';
import { consumeFor } from './consume';

export const roomFeature: Feature = {
  async 'room:prepare'({ participant, rooms, socket }, { roomId }) {
    if (participant.room) throw conflict('you are already in a room; leave it first');
    if (roomId !== participant.identity.roomId) throw notAuthorized('your join link is for another room');
    let room = await rooms.open(roomId);
    if (room.media.isClosed) room = await rooms.open(roomId); // it emptied and closed while we waited
    if (participant.room) throw conflict('you are already in a room; leave it first');
    if (!socket.connected) throw conflict('disconnected');
    participant.room = room;
    participant.media = room.media.addPeer(participant.peerId, {
      consumerClosed: (consumerId) => participant.notify('consumer:closed', { consumerId }),
    });
    room.participants.set(participant.peerId, participant);
    const { displayName, role, roomTitle } = participant.identity;
    return { routerRtpCapabilities: room.media.rtpCapabilities, you: { displayName, role }, roomTitle, serverTime: Date.now() };
  },

  async 'room:join'(ctx, { rtpCapabilities, recvTransportId }) {
    const { participant } = ctx;
    const { room, media } = participant.inRoom();
    if (recvTransportId !== undefined) media.transport(recvTransportId, 'recv'); // refuse before anything changes
    if (participant.joined) throw conflict('you have already joined');
    const { displayName, role } = participant.identity;
    const view = { peerId: participant.peerId, displayName, role, joinedAt: Date.now() };
    const others = room.peerViews();
    const producers = room.visibleProducers();
    participant.joined = { view, rtpCapabilities: rtpCapabilities as RtpCapabilities };
    room.broadcast(participant.peerId, 'peer:joined', view);
    for (const p of media.listProducers()) {
      room.broadcast(participant.peerId, 'producer:added', producerView(p));
      void room.media.observeAudio(p); // speaker detection must not delay the person joining
    }
    const consumers: ConsumerOptions[] = [];
    if (recvTransportId !== undefined) {
      // Video first: the first remote picture is what a person joining waits for.
      for (const p of [...producers].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'video' ? -1 : 1))) {
        try {
          consumers.push(await consumeFor(ctx, recvTransportId, p.producerId));
        } catch (err) {
          // One stream that cannot be received must not fail the join; the client may retry it.
          ctx.logger.debug({ code: err instanceof AppError ? err.code : 'internal' }, 'could not consume on join');
        }
      }
    }
    return { self: view, peers: others, producers, consumers };
  },

  async 'room:leave'({ participant, rooms }) {
    rooms.leave(participant);
    return {};
  },
};
