// Sample session views for the facilitator panel tests.
import type { RoomRole } from '../../../shared/protocol';
import type { ParticipantView, SessionView } from '../../../shared/session';

export function person(peerId: string, displayName: string, role: RoomRole = 'member', over: Partial<ParticipantView> = {}): ParticipantView {
  return { peerId, displayName, role, handRaisedAt: null, mutedBy: { mic: false, camera: false }, connected: true, ...over };
}

/** Robin (self, facilitator), Ana (organiser), Sam and Lee (members), Kim (co-facilitator); Jo waits. */
export function sampleView(over: Partial<SessionView> = {}, youRole: RoomRole = 'facilitator'): SessionView {
  return {
    you: { peerId: 'robin', role: youRole, place: 'room', queuePosition: null, mutedBy: { mic: false, camera: false } },
    settings: { waitingRoom: true, locked: false, floor: 'open', turnMs: 180_000, autoPass: true },
    participants: [
      person('robin', 'Robin', youRole),
      person('ana', 'Ana', 'organiser'),
      person('sam', 'Sam'),
      person('kim', 'Kim', 'co_facilitator'),
      person('lee', 'Lee'),
    ],
    queue: [],
    stick: null,
    round: null,
    facilitatorReconnecting: false,
    breakout: null,
    waiting: [{ peerId: 'jo', displayName: 'Jo', since: Date.UTC(2025, 10, 20, 12, 0) }],
    ...over,
  };
}
