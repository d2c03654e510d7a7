// Pairs of people an automatic assignment keeps in different rooms: two selects and Add, then the
// list. People are { id, name }: peers in the live planner, memberships in a scheduled session's plan.
import { useId, useState } from 'react';
import { PanelButton } from '../facilitator/PanelButton';
import { FieldNote } from '../FormFields';
import { hasPair, withoutPair, withPair, type WithPairs } from './planDraft';

interface PlanPersonRef {
  id: string;
  name: string;
}

interface Props<D extends WithPairs> {
  draft: D;
  people: readonly PlanPersonRef[];
  onChange: (draft: D) => void;
  /** What keeps the pairs apart here. */
  hint?: string;
  error?: string | undefined;
}

export function KeepApart<D extends WithPairs>({ draft, people, onChange, hint = 'Auto assignment puts each pair in different rooms when it can.', error }: Props<D>) {
  const id = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const name = (personId: string): string => people.find((p) => p.id === personId)?.name ?? 'someone who left';
  const addable = first !== '' && second !== '' && first !== second && !hasPair(draft, first, second);
  const pick = (label: string, value: string, set: (v: string) => void, key: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">Choose someone</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="bo-apart" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Keep apart</legend>
      <p className="hint">{hint}</p>
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
      <FieldNote id={id} error={error} />
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
