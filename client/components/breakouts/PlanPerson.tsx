// One person in a plan: their name (with a grip, to drag them to another room) and the select
// "Room for Sam", the accessible way to choose their room.
import type { DragAssign } from './useDragAssign';
import { RoomSelect } from './RoomSelect';

export interface BoardPerson {
  /** A peer id in the live planner, a membership id in a scheduled session's plan. */
  id: string;
  name: string;
  self?: boolean;
  /** A quiet line under the name ("Chose to stay in the main room"). */
  note?: string | undefined;
}

interface Props {
  person: BoardPerson;
  selectId: string;
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

export function PlanPerson({ person: p, selectId, roomId, rooms, inactive, drag, onChange }: Props) {
  const dragged = drag.dragging === p.id;
  return (
    <li className="row">
      {/* The name is the drag handle, so the select beside it works as any select. */}
      <span className={`row__main bo-person${dragged ? ' bo-person--dragging' : ''}`} {...drag.source(p.id)}>
        <Grip />
        <span className="bo-person__text">
          <span className="row__title">
            {p.name}
            {p.self && <span className="muted"> (you)</span>}
          </span>
          {p.note && <span className="muted row__meta">{p.note}</span>}
        </span>
      </span>
      <RoomSelect id={selectId} label={`Room for ${p.name}`} value={roomId} rooms={rooms} inactive={inactive} onChange={onChange} />
    </li>
  );
}
