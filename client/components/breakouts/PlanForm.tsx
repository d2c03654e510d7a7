// The planner's settings: how many rooms with their names and topics, how people are assigned, the
// timer and its closing warning, whether members may come back early, and who to keep apart.
import { useId } from 'react';
import type { ParticipantView } from '../../../shared/session';
import { CheckboxField } from '../FormFields';
import { DurationField } from './DurationField';
import { KeepApart } from './KeepApart';
import { durationLabel, WARNING_MS } from './labels';
import type { PlanDraft } from './planDraft';
import { PlanRoomFields } from './PlanRoomFields';

interface Props {
  draft: PlanDraft;
  people: ParticipantView[];
  onChange: (draft: PlanDraft) => void;
}

export function PlanForm({ draft, people, onChange }: Props) {
  const id = useId();
  return (
    <div className="bo-form">
      <PlanRoomFields draft={draft} onChange={onChange} />
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
      <DurationField id={`${id}-duration`} valueMs={draft.durationMs} onChange={(durationMs) => onChange({ ...draft, durationMs })} />
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
      {draft.mode === 'auto' && <KeepApart draft={draft} people={people.map((p) => ({ id: p.peerId, name: p.displayName }))} onChange={onChange} />}
    </div>
  );
}
