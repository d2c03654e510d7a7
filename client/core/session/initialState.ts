// The first snapshot of a room session: on the prejoin screen, connecting, nothing known yet of
// the room, its people or its live session.
import type { SessionState } from './types';

export function initialState(roomId: string): SessionState {
  return {
    roomId,
    phase: 'prejoin',
    connection: { type: 'connecting' },
    mediaReady: false,
    you: null,
    roomTitle: null,
    self: null,
    peers: {},
    activeSpeaker: null,
    audioOnly: false,
    notice: null,
    moving: null,
    session: null,
    serverOffset: 0,
    guidelines: null,
    prompt: null,
    toast: null,
    chat: [],
    reactions: {},
  };
}
