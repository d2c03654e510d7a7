// How many rooms, and each room's name and optional topic: the part of a breakout plan the live
// planner and the plan for a scheduled session share. Errors come by the body's field paths
// ('rooms', 'rooms.1.name'), so a server's answer lands next to the right input.
import { useId } from 'react';
import { describedBy, FieldNote, TextField } from '../FormFields';
import { MAX_ROOM_NAME, MAX_ROOM_TOPIC, MAX_ROOMS } from './labels';
import { withRoom, withRoomCount, type WithRooms } from './planDraft';

interface Props<D extends WithRooms> {
  draft: D;
  onChange: (draft: D) => void;
  /** The problem with a field, by its path in the request body, if any. */
  errorOf?: (path: string) => string | undefined;
}

export function PlanRoomFields<D extends WithRooms>({ draft, onChange, errorOf = () => undefined }: Props<D>) {
  const id = useId();
  const countError = errorOf('rooms');
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-count`}>Number of rooms</label>
        <input
          id={`${id}-count`}
          className="input bo-count"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ROOMS}
          value={draft.rooms.length}
          aria-invalid={countError ? true : undefined}
          aria-describedby={describedBy(`${id}-count`, undefined, countError)}
          onChange={(e) => onChange(withRoomCount(draft, Number(e.target.value)))}
        />
        <FieldNote id={`${id}-count`} error={countError} />
      </div>
      <ol className="bo-room-drafts">
        {draft.rooms.map((room, i) => (
          <li key={i} className="bo-room-draft">
            <TextField
              id={`${id}-name-${i}`}
              label={`Name of room ${i + 1}`}
              maxLength={MAX_ROOM_NAME}
              value={room.name}
              error={errorOf(`rooms.${i}.name`)}
              onChange={(name) => onChange(withRoom(draft, i, { name }))}
            />
            <TextField
              id={`${id}-topic-${i}`}
              label={`Topic of room ${i + 1}`}
              optional
              maxLength={MAX_ROOM_TOPIC}
              value={room.topic}
              error={errorOf(`rooms.${i}.topic`)}
              onChange={(topic) => onChange(withRoom(draft, i, { topic }))}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
