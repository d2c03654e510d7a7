// A disclosure per participant ("Actions for Sam"): the list stays out of the way until asked for.
// After an action the list closes and focus returns to its button, so it never falls to the page.
import { useId, useRef, useState } from 'react';
import type { PersonAction } from './participantActions';
import { PanelButton } from './PanelButton';
import type { PanelTools } from './types';

interface Props {
  name: string;
  actions: PersonAction[];
  tools: PanelTools;
}

export function ParticipantActions({ name, actions, tools }: Props) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  if (actions.length === 0) return null;

  const choose = (a: PersonAction) => {
    setOpen(false);
    toggle.current?.focus();
    if (a.confirm) tools.confirm(a.confirm);
    else tools.run(a.event, a.payload);
  };

  return (
    <div className="fac-actions">
      <button
        ref={toggle}
        type="button"
        className="button button--small button--quiet"
        aria-label={`Actions for ${name}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        Actions <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <ul id={id} className="fac-actions__list" hidden={!open}>
        {actions.map((a) => (
          <li key={a.key}>
            <PanelButton label={a.label} tone={a.danger ? 'danger' : 'default'} inactive={tools.busy && !a.confirm} onClick={() => choose(a)}>
              {a.text}
            </PanelButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
