// One person in the plan: their name (with a grip, to drag them to another room) and the select
// "Room for Sam", the accessible way to choose their room.
import type { ParticipantView } from '../../../shared/session';
import type { DragAssign } from './useDragAssign';
import { RoomSelect } from './RoomSelect';

interface Props {
  person: ParticipantView;
  self: boolean;
  optedOut: boolean;
  roomId: string;
  rooms: ReadonlyArray<{ id: string; name: string }>;
  inactive: boolean;
  drag: DragAssign;
  onChange: (roomId: string) => void;
}

/** Six dots: something to grab. Decorative; the select carries the accessible way. */
function Grip() {
  return (
    <svg className="bo-grip" width="12" height="18" viewBox="0 0 12 18" fill="currentColor" aria-hidden="true" focusable="false">
      <circle cx="3" cy="3" r="1.6" />
      <circle cx="9" cy="3" r="1.6" />
      <circle cx="3" cy="9" r="1.6" />
      <circle cx="9" cy="9" r="1.6" />
      <circle cx="3" cy="15" r="1.6" />
      <circle cx="9" cy="15" r="1.6" />
    </svg>
  );
}

export function PlanPerson({ person: p, self, optedOut, roomId, rooms, inactive, drag, onChange }: Props) {
  const dragged = drag.dragging === p.peerId;
  return (
    <li className="row">
      {/* The name is the drag handle, so the select beside it works as any select. */}
      <span className={`row__main bo-person${dragged ? ' bo-person--dragging' : ''}`} {...drag.source(p.peerId)}>
        <Grip />
        <span className="bo-person__text">
          <span className="row__title">
            {p.displayName}
            {self && <span className="muted"> (you)</span>}
          </span>
          {optedOut && <span className="muted row__meta">Chose to stay in the main room</span>}
        </span>
      </span>
      <RoomSelect id={`bo-plan-${p.peerId}`} label={`Room for ${p.displayName}`} value={roomId} rooms={rooms} inactive={inactive} onChange={onChange} />
    </li>
  );
}
