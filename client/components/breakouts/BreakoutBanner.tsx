// Inside a breakout: its name and topic, the time left (server time) with a gentle closing warning,
// and what the person may do here. Members ask for help or (when allowed) return to the main room;
// a visiting facilitator is shown as visiting and goes back from here.
import { minutesLeft } from '../../core/session/breakouts';
import type { ReadableStore } from '../../core/store';
import type { YourBreakoutView } from '../../../shared/session';
import { Countdown } from './Countdown';

interface Props {
  breakout: YourBreakoutView;
  clock: ReadableStore<number>;
  onAskHelp: () => void;
  onReturn: () => void;
  onBack: () => void;
}

export function BreakoutBanner({ breakout: b, clock, onAskHelp, onReturn, onBack }: Props) {
  const asked = b.helpAskedAt !== null;
  const title = b.visiting ? `Visiting ${b.name}` : b.name;
  // Read once when the warning appears (not every second), so it is announced once.
  const warning = b.warned && b.endsAt !== null ? `This breakout closes in ${minutesLeft(b.endsAt - clock.get())}. Everyone then returns to the main room.` : '';
  return (
    <section className={`breakout-banner${b.warned ? ' breakout-banner--closing' : ''}`} aria-labelledby="breakout-title">
      <div className="breakout-banner__about">
        <p className="breakout-banner__kicker">{b.visiting ? 'You are visiting a breakout room' : b.host ? 'Breakout room · you are its host' : 'Breakout room'}</p>
        <h2 id="breakout-title" className="breakout-banner__name">
          {title}
        </h2>
        {b.topic && <p className="breakout-banner__topic">{b.topic}</p>}
      </div>
      {b.endsAt !== null && (
        <p className="breakout-banner__time">
          <Countdown clock={clock} endsAt={b.endsAt} label="Time left in this breakout" /> left
        </p>
      )}
      <p className="breakout-banner__warning" role="status">
        {warning}
      </p>
      <div className="breakout-banner__actions">
        {b.visiting ? (
          <button type="button" className="button button--small" onClick={onBack}>
            Back to main room
          </button>
        ) : (
          <>
            <p className="breakout-banner__help" role="status">
              {asked ? 'Help is on the way' : ''}
            </p>
            {/* Stays in place once asked (aria-disabled), so focus is not lost. */}
            <button
              type="button"
              className="button button--small"
              aria-disabled={asked || undefined}
              onClick={() => {
                if (!asked) onAskHelp();
              }}
            >
              Ask for help
            </button>
            {b.allowReturn && (
              <button type="button" className="button button--small button--quiet" onClick={onReturn}>
                Return to main room
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}
