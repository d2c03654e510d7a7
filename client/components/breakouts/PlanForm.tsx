// The planner's settings: how many rooms with their names and topics, how people are assigned, the
// timer and its closing warning, whether members may come back early, and who to keep apart.
import { useId } from 'react';
import type { ParticipantView } from '../../../shared/session';
import { CheckboxField } from '../FormFields';
import { KeepApart } from './KeepApart';
import { DURATION_MINUTES, durationLabel, MAX_ROOM_NAME, MAX_ROOM_TOPIC, MAX_ROOMS, WARNING_MS } from './labels';
import { withRoom, withRoomCount, type PlanDraft } from './planDraft';

interface Props {
  draft: PlanDraft;
  people: ParticipantView[];
  onChange: (draft: PlanDraft) => void;
}

const DURATIONS: Array<number | null> = [null, ...DURATION_MINUTES.map((m) => m * 60_000)];

export function PlanForm({ draft, people, onChange }: Props) {
  const id = useId();
  return (
    <div className="bo-form">
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
          onChange={(e) => onChange(withRoomCount(draft, Number(e.target.value)))}
        />
      </div>
      <ol className="bo-room-drafts">
        {draft.rooms.map((room, i) => (
          <li key={i} className="bo-room-draft">
            <div className="field">
              <label htmlFor={`${id}-name-${i}`}>Name of room {i + 1}</label>
              <input id={`${id}-name-${i}`} className="input" maxLength={MAX_ROOM_NAME} value={room.name} onChange={(e) => onChange(withRoom(draft, i, { name: e.target.value }))} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-topic-${i}`}>
                Topic of room {i + 1} <span className="field__optional">(optional)</span>
              </label>
              <input id={`${id}-topic-${i}`} className="input" maxLength={MAX_ROOM_TOPIC} value={room.topic} onChange={(e) => onChange(withRoom(draft, i, { topic: e.target.value }))} />
            </div>
          </li>
        ))}
      </ol>
      <fieldset className="fac-floor">
        <legend>Assign people</legend>
        <label className="fac-choice">
          <input type="radio" name={`${id}-mode`} checked={draft.mode === 'auto'} onChange={() => onChange({ ...draft, mode: 'auto' })} />
          Auto (balanced, at random)
        </label>
        <label className="fac-choice">
          <input type="radio" name={`${id}-mode`} checked={draft.mode === 'manual'} onChange={() => onChange({ ...draft, mode: 'manual' })} />
          Manual
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-duration`}>Duration</label>
        <select
          id={`${id}-duration`}
          value={draft.durationMs ?? 'none'}
          onChange={(e) => onChange({ ...draft, durationMs: e.target.value === 'none' ? null : Number(e.target.value) })}
        >
          {DURATIONS.map((ms) => (
            <option key={ms ?? 'none'} value={ms ?? 'none'}>
              {durationLabel(ms)}
            </option>
          ))}
        </select>
      </div>
      {draft.durationMs !== null && (
        <div className="field">
          <label htmlFor={`${id}-warning`}>Closing warning</label>
          <select
            id={`${id}-warning`}
            value={draft.warningMs}
            aria-describedby={`${id}-warning-hint`}
            onChange={(e) => onChange({ ...draft, warningMs: Number(e.target.value) })}
          >
            {(WARNING_MS as readonly number[]).map((ms) => (
              <option key={ms} value={ms}>
                {ms === 0 ? 'No warning' : `${durationLabel(ms)} before the end`}
              </option>
            ))}
          </select>
          <p id={`${id}-warning-hint`} className="hint">
            Everyone returns to the main room when the time is up.
          </p>
        </div>
      )}
      <CheckboxField
        id={`${id}-return`}
        label="Members may return to the main room"
        checked={draft.allowReturn}
        onChange={(allowReturn) => onChange({ ...draft, allowReturn })}
      />
      {draft.mode === 'auto' && <KeepApart draft={draft} people={people} onChange={onChange} />}
    </div>
  );
}
