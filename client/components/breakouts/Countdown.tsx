// Time left until a server-time moment, as "mm:ss". Its own component so only it re-renders each
// second. A timer, not a live region: screen readers read it when asked, not every second.
import { formatCountdown } from '../../core/session/floor';
import type { ReadableStore } from '../../core/store';
import { useStore } from '../../hooks/useStore';

interface Props {
  /** The server's clock in whole seconds (RoomSession.serverClock). */
  clock: ReadableStore<number>;
  endsAt: number;
  label: string;
}

export function Countdown({ clock, endsAt, label }: Props) {
  const now = useStore(clock);
  return (
    <span className="countdown" role="timer" aria-label={label}>
      {formatCountdown(endsAt - now)}
    </span>
  );
}
