// Publishing the session to the room after a change, cheaply enough for hundreds of peers: each
// space's shared RoomView goes once to that space's channel as a patch of the keys that changed
// (socket.io encodes a channel emit once); each peer gets its small YouView only when it changed;
// the waiting list and the breakout overview go to the facilitators' channel. Someone who newly
// enters a space (or newly facilitates) gets the full picture directly.
import { breakoutsOverview, isFacilitating, MAIN, roomView, ROOM_VIEW_KEYS, waitingList, youView, type RoomView } from '../../../shared/session';
import type { LiveRoom } from '../liveRoom';

export function publishSession(room: LiveRoom): void {
  const state = room.session.state;
  const spaces = new Set<string>([MAIN, ...[...room.participants.values()].map((p) => p.space)]);
  const views = new Map<string, RoomView>();
  for (const space of spaces) {
    const current = roomView(state, space);
    views.set(space, current);
    const sent = room.published.rooms.get(space) ?? {};
    room.published.rooms.set(space, sent);
    const patch: Partial<RoomView> = {};
    for (const key of ROOM_VIEW_KEYS) {
      const json = JSON.stringify(current[key]);
      if (sent[key] === json) continue;
      sent[key] = json;
      Object.assign(patch, { [key]: current[key] });
    }
    if (Object.keys(patch).length > 0) room.toChannel(room.channel('in', space), 'session:room', patch);
  }

  const waiting = waitingList(state);
  const waitingJson = JSON.stringify(waiting);
  if (room.published.waiting !== waitingJson) {
    room.published.waiting = waitingJson;
    room.toChannel(room.channel('facilitators'), 'session:waiting', { waiting });
  }
  const breakouts = breakoutsOverview(state);
  const breakoutsJson = JSON.stringify(breakouts);
  if (room.published.breakouts !== breakoutsJson) {
    room.published.breakouts = breakoutsJson;
    room.toChannel(room.channel('facilitators'), 'session:breakouts', { breakouts });
  }

  for (const p of room.participants.values()) {
    const seat = state.participants[p.peerId];
    const visible = seat?.place === 'room' && p.joined !== undefined;
    for (const space of spaces) {
      const here = visible && p.space === space;
      if (p.setChannel(room.channel('in', space), here) && here) p.notify('session:room', views.get(space)!);
    }
    if (p.setChannel(room.channel('facilitators'), visible && isFacilitating(seat)) && visible) {
      p.notify('session:waiting', { waiting });
      p.notify('session:breakouts', { breakouts });
    }
    const you = youView(state, p.peerId);
    if (!you) continue;
    const json = JSON.stringify(you);
    if (p.sentYou === json) continue;
    p.sentYou = json;
    p.notify('session:you', you);
  }
}
