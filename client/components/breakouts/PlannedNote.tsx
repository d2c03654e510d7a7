// For a member in the main room while breakout rooms are planned (not yet open): where the plan
// puts them, and the choice to stay in the main room instead (no reason asked).
import type { PlannedForYou } from '../../../shared/session';

export function PlannedNote({ planned, onStay }: { planned: PlannedForYou; onStay: (stay: boolean) => void }) {
  const going = planned.roomId !== null && !planned.optedOut;
  return (
    <section className="card planned-note" aria-label="Breakout rooms">
      <p role="status">
        Breakout rooms are planned.{' '}
        {going ? (
          <>
            You will go to <strong>{planned.roomName}</strong>.
          </>
        ) : (
          'You will stay in the main room.'
        )}
      </p>
      {(planned.roomId !== null || planned.optedOut) && (
        <button type="button" className="button button--small" aria-pressed={planned.optedOut} onClick={() => onStay(!planned.optedOut)}>
          Stay in the main room
        </button>
      )}
    </section>
  );
}
