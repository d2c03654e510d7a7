// Pairs of people auto assignment keeps in different rooms: two selects and Add, then the list.
import { useId, useState } from 'react';
import type { ParticipantView } from '../../../shared/session';
import { PanelButton } from '../facilitator/PanelButton';
import { hasPair, withoutPair, withPair, type PlanDraft } from './planDraft';

interface Props {
  draft: PlanDraft;
  people: ParticipantView[];
  onChange: (draft: PlanDraft) => void;
}

export function KeepApart({ draft, people, onChange }: Props) {
  const id = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const name = (peerId: string): string => people.find((p) => p.peerId === peerId)?.displayName ?? 'someone who left';
  const addable = first !== '' && second !== '' && first !== second && !hasPair(draft, first, second);
  const pick = (label: string, value: string, set: (v: string) => void, key: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">Choose someone</option>
        {people.map((p) => (
          <option key={p.peerId} value={p.peerId}>
            {p.displayName}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="bo-apart">
      <legend>Keep apart</legend>
      <p className="hint">Auto assignment puts each pair in different rooms when it can.</p>
      <div className="bo-apart__pick">
        {pick('First person', first, setFirst, 'first')}
        {pick('Second person', second, setSecond, 'second')}
        <PanelButton
          label="Add pair"
          inactive={!addable}
          onClick={() => {
            onChange(withPair(draft, first, second));
            setFirst('');
            setSecond('');
          }}
        >
          Add
        </PanelButton>
      </div>
      {draft.keepApart.length > 0 && (
        <ul className="rows">
          {draft.keepApart.map(([a, b]) => (
            <li key={`${a}-${b}`} className="row">
              <span className="row__main">
                {name(a)} and {name(b)}
              </span>
              <PanelButton
                label={`Remove pair ${name(a)} and ${name(b)}`}
                onClick={() => {
                  onChange(withoutPair(draft, a, b));
                  // The row goes: focus lands where a new pair starts.
                  document.getElementById(`${id}-first`)?.focus();
                }}
              >
                Remove
              </PanelButton>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
