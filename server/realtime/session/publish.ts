// Publishing the session to the room after a change, cheaply enough for hundreds of peers: the
// shared RoomView goes once to the room's channel as a patch of the keys that changed (socket.io
// encodes a channel emit once); each peer gets its small YouView only when it changed; the waiting
// list goes to the facilitators' channel. Someone who newly enters (or newly facilitates) gets
// the full picture directly.
import { isFacilitating, roomView, ROOM_VIEW_KEYS, waitingList, youView, type RoomView } from '../../../shared/session';
import type { LiveRoom } from '../liveRoom';

export function publishSession(room: LiveRoom): void {
  const state = room.session.state;
  const current = roomView(state);
  const patch: Partial<RoomView> = {};
  for (const key of ROOM_VIEW_KEYS) {
    const json = JSON.stringify(current[key]);
    if (room.published.room[key] === json) continue;
    room.published.room[key] = json;
    Object.assign(patch, { [key]: current[key] });
  }
  if (Object.keys(patch).length > 0) room.toChannel('in', 'session:room', patch);

  const waiting = waitingList(state);
  const waitingJson = JSON.stringify(waiting);
  if (room.published.waiting !== waitingJson) {
    room.published.waiting = waitingJson;
    room.toChannel('facilitators', 'session:waiting', { waiting });
  }

  for (const p of room.participants.values()) {
    const seat = state.participants[p.peerId];
    const visible = seat?.place === 'room' && p.joined !== undefined;
    if (p.setChannel(room.channel('in'), visible) && visible) p.notify('session:room', current);
    if (p.setChannel(room.channel('facilitators'), visible && isFacilitating(seat)) && visible) p.notify('session:waiting', { waiting });
    const you = youView(state, p.peerId);
    if (!you) continue;
    const json = JSON.stringify(you);
    if (p.sentYou === json) continue;
    p.sentYou = json;
    p.notify('session:you', you);
  }
}
