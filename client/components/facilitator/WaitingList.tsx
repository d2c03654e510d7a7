// People at the door: admit one, admit all, or decline with a short note. While the room is
// locked nobody can be admitted; the list says so rather than letting presses fail.
import { useState } from 'react';
import type { SessionView } from '../../../shared/session';
import { clockTime } from '../chat/clockTime';
import { DeclineForm } from './DeclineForm';
import { PanelButton } from './PanelButton';
import type { PanelTools } from './types';

type Waiting = NonNullable<SessionView['waiting']>[number];

const openerId = (peerId: string) => `fac-decline-${peerId}`;

export function WaitingList({ waiting, locked, tools }: { waiting: Waiting[]; locked: boolean; tools: PanelTools }) {
  const [declining, setDeclining] = useState<string | null>(null);
  // The form goes away: focus goes back to the button that opened it.
  const close = (peerId: string) => {
    setDeclining(null);
    document.getElementById(openerId(peerId))?.focus();
  };
  return (
    <section className="fac-section" aria-labelledby="fac-waiting-title">
      <div className="fac-section__head">
        <h3 id="fac-waiting-title">
          Waiting <span className="muted">({waiting.length})</span>
        </h3>
        {waiting.length > 0 && (
          <PanelButton label={`Admit all (${waiting.length})`} tone="primary" inactive={tools.busy || locked} onClick={() => tools.run('waiting:admitAll')}>
            Admit all ({waiting.length})
          </PanelButton>
        )}
      </div>
      {locked && waiting.length > 0 && <p className="hint">The room is locked: unlock it to let anyone in.</p>}
      {waiting.length === 0 ? (
        <p className="muted">Nobody is waiting.</p>
      ) : (
        <ul className="rows">
          {waiting.map((w) => (
            <li key={w.peerId} className="row row--stacked">
              <div className="row__head">
                <span className="row__title">
                  {w.displayName} <span className="muted row__meta">since {clockTime(w.since)}</span>
                </span>
                <span className="fac-buttons">
                  <PanelButton label={`Admit ${w.displayName}`} tone="primary" inactive={tools.busy || locked} onClick={() => tools.run('waiting:admit', { peerId: w.peerId })}>
                    Admit
                  </PanelButton>
                  <PanelButton
                    id={openerId(w.peerId)}
                    label={`Decline ${w.displayName}`}
                    expanded={declining === w.peerId}
                    onClick={() => setDeclining((d) => (d === w.peerId ? null : w.peerId))}
                  >
                    Decline
                  </PanelButton>
                </span>
              </div>
              {declining === w.peerId && (
                <DeclineForm
                  name={w.displayName}
                  busy={tools.busy}
                  onCancel={() => close(w.peerId)}
                  onDecline={(message) => {
                    close(w.peerId);
                    tools.run('waiting:decline', { peerId: w.peerId, message });
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
