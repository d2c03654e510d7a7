// Who holds the talking stick and how long their turn has left, counted in server time.
import { formatCountdown } from '../../core/session/floor';
import type { SessionView } from '../../../shared/session';

interface Props {
  view: SessionView;
  /** The server's clock (ms). */
  now: number;
  onFinish: () => void;
}

export function StickBanner({ view, now, onFinish }: Props) {
  const { stick } = view;
  if (!stick) {
    if (view.settings.floor !== 'stick') return null;
    return (
      <section className="stick-banner" aria-label="Talking stick">
        <p className="stick-banner__text">The talking stick is on. Raise your hand to speak.</p>
      </section>
    );
  }
  const mine = stick.speaker === view.you.peerId;
  const who = mine ? 'Your turn' : `${stick.displayName} is speaking`;
  return (
    <section className={`stick-banner${mine ? ' stick-banner--mine' : ''}`} aria-label="Talking stick">
      <p className="stick-banner__text">
        <strong>{who}</strong>
        {stick.awaitingConfirm ? (
          <span> · Time is up, awaiting the facilitator</span>
        ) : (
          <>
            {' · '}
            <span className="stick-banner__time" role="timer" aria-label="Time left in this turn">
              {formatCountdown(stick.endsAt - now)}
            </span>{' '}
            left
          </>
        )}
      </p>
      {mine && (
        <button type="button" className="button button--small" onClick={onFinish}>
          I’m done
        </button>
      )}
    </section>
  );
}
