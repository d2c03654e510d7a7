// Who may speak: an open floor or the talking stick with timed turns, plus the controls a facilitator
// needs while the stick goes round (extend, next, rounds). Giving the floor to one person is in
// that person's actions.
import { useId } from 'react';
import type { SessionView } from '../../../shared/session';
import { TURN_MINUTES, turnLengthLabel } from './labels';
import { PanelButton } from './PanelButton';
import { can, isFacilitatingRole } from './permissions';
import type { PanelTools } from './types';

const EXTEND_MS = 60_000;

function turnOptions(current: number): number[] {
  const options: number[] = TURN_MINUTES.map((m) => m * 60_000);
  // A length set elsewhere (say 45 s) still shows as chosen rather than silently as another.
  return options.includes(current) ? options : [...options, current].sort((a, b) => a - b);
}

function StickStatus({ view, tools }: { view: SessionView; tools: PanelTools }) {
  const role = view.you.role;
  const { stick, round } = view;
  const head = view.queue.find((q) => view.participants.some((p) => p.peerId === q.peerId && p.connected));
  // Everyone in the room except those facilitating, in the order shown in the list.
  const roundOrder = view.participants.filter((p) => !isFacilitatingRole(p.role)).map((p) => p.peerId);
  return (
    <div className="fac-stick">
      <p className="fac-stick__speaker">
        {stick ? (
          <>
            Speaking now: <strong>{stick.displayName}</strong>
            {stick.awaitingConfirm && <span className="muted"> · time is up: extend or move on</span>}
          </>
        ) : (
          'Nobody has the floor.'
        )}
      </p>
      {round && <p className="muted row__meta">Round: {round.remaining.length} still to speak.</p>}
      <div className="fac-buttons">
        {stick && can(role, 'stick:extend') && (
          <PanelButton label="Extend 1 minute" inactive={tools.busy} onClick={() => tools.run('stick:extend', { byMs: EXTEND_MS })}>
            Extend 1 minute
          </PanelButton>
        )}
        {stick && can(role, 'stick:skip') && (
          <PanelButton label="Next speaker" inactive={tools.busy} onClick={() => tools.run('stick:skip')}>
            Next speaker
          </PanelButton>
        )}
        {!stick && head && can(role, 'stick:giveFloor') && (
          <PanelButton label={`Give the floor to ${head.displayName}, first in the queue`} inactive={tools.busy} onClick={() => tools.run('stick:giveFloor', { peerId: head.peerId })}>
            Start with {head.displayName}
          </PanelButton>
        )}
        {can(role, 'round:start') && (
          <PanelButton label="Start a round" inactive={tools.busy || roundOrder.length === 0} onClick={() => tools.run('round:start', { order: roundOrder })}>
            Start a round
          </PanelButton>
        )}
      </div>
    </div>
  );
}

export function FloorControls({ view, tools }: { view: SessionView; tools: PanelTools }) {
  const id = useId();
  const role = view.you.role;
  const { floor, turnMs } = view.settings;
  const mayToggle = can(role, 'stick:on') && can(role, 'stick:off');
  return (
    <section className="fac-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Floor</h3>
      <fieldset className="fac-floor" disabled={!mayToggle}>
        <legend>Who may speak</legend>
        {(['open', 'stick'] as const).map((mode) => (
          <label key={mode} className="fac-choice">
            <input
              type="radio"
              name={`${id}-floor`}
              value={mode}
              checked={floor === mode}
              onChange={() => tools.run(mode === 'stick' ? 'stick:on' : 'stick:off')}
            />
            {mode === 'open' ? 'Open floor' : 'Talking stick'}
          </label>
        ))}
      </fieldset>
      {can(role, 'stick:setTurnLength') && (
        <div className="field fac-turn">
          <label htmlFor={`${id}-turn`}>Turn length</label>
          <select
            id={`${id}-turn`}
            value={turnMs}
            aria-describedby={`${id}-turn-hint`}
            onChange={(e) => tools.run('stick:setTurnLength', { turnMs: Number(e.target.value) })}
          >
            {turnOptions(turnMs).map((ms) => (
              <option key={ms} value={ms}>
                {turnLengthLabel(ms)}
              </option>
            ))}
          </select>
          <p id={`${id}-turn-hint`} className="hint">
            Applies from the next turn.
          </p>
        </div>
      )}
      {can(role, 'stick:setAutoPass') && (
        <label className="fac-choice">
          <input
            type="checkbox"
            checked={view.settings.autoPass}
            aria-describedby={`${id}-autopass-hint`}
            onChange={(e) => tools.run('stick:setAutoPass', { autoPass: e.target.checked })}
          />
          Pass the stick on when a turn ends
        </label>
      )}
      {can(role, 'stick:setAutoPass') && !view.settings.autoPass && (
        <p id={`${id}-autopass-hint`} className="hint">
          When a turn ends the speaker keeps the floor until you choose “Next speaker” or extend.
        </p>
      )}
      {floor === 'stick' && <StickStatus view={view} tools={tools} />}
    </section>
  );
}
