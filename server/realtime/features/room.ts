// Opening, joining and leaving a room. `room:prepare` lets the prejoin screen connect media before
// the person is visible; `room:join` gives them a seat in the session: in the room (visible to
// everyone) or in the waiting room, until a facilitator admits them (then `room:entered` follows).
// `space:enter` is the same entry after the participant's media moved to another space (breakouts).
import type { RtpCapabilities } from 'mediasoup/types';
import type { JoinResult } from '../../../shared/protocol';
import { conflict, notAuthorized } from '../errors';
import type { Feature } from '../handler';
import { subjectKey } from '../identity';
import { enterRoom } from '../session/presence';
import { publishSession } from '../session/publish';
import { followSession } from '../session/spaces';

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
    const { displayName, role, roomTitle, guidelines } = participant.identity;
    return { routerRtpCapabilities: room.media.rtpCapabilities, you: { displayName, role }, roomTitle, guidelines, serverTime: Date.now() };
  },

  async 'room:join'({ participant, rooms, logger }, { rtpCapabilities, recvTransportId }) {
    const { room, media } = participant.inRoom();
    if (recvTransportId !== undefined) media.transport(recvTransportId, 'recv'); // refuse before anything changes
    if (participant.arrival) throw conflict('you have already joined');
    const { peerId, identity } = participant;
    const outcome = room.session.act(
      { type: 'session:arrive', peerId, displayName: identity.displayName, role: identity.role, subjectKey: subjectKey(identity) },
      'server',
    );
    const view = { peerId, displayName: identity.displayName, role: identity.role, joinedAt: Date.now() };
    participant.arrival = { view, rtpCapabilities: rtpCapabilities as RtpCapabilities, recvTransportId };
    // Pauses first (a member entering under the talking stick is never heard), then visibility.
    await rooms.apply(room, outcome);
    if (room.session.state.participants[peerId]?.place !== 'room') {
      const waiting: JoinResult = { place: 'waiting', self: view, peers: [], producers: [], consumers: [] };
      return waiting;
    }
    const entered = await enterRoom(room, participant, logger, 'whenReceiving');
    publishSession(room); // now visible: into the room's channel, with the full picture
    followSession(room, participant, logger);
    return entered;
  },

  async 'space:enter'({ participant, logger }, { rtpCapabilities, recvTransportId }) {
    const { room, media } = participant.inRoom();
    if (recvTransportId !== undefined) media.transport(recvTransportId, 'recv');
    const arrival = participant.arrival;
    if (!arrival) throw notAuthorized('join the room first (room:join)');
    if (participant.joined) throw conflict('you are already in this space');
    if (room.session.state.participants[participant.peerId]?.place !== 'room') throw notAuthorized('you are in the waiting room');
    participant.arrival = { ...arrival, rtpCapabilities: rtpCapabilities as RtpCapabilities, recvTransportId };
    const entered = await enterRoom(room, participant, logger, 'now');
    publishSession(room);
    return entered;
  },

  async 'room:leave'({ participant, rooms }) {
    rooms.leave(participant, 'left');
    return {};
  },
};
