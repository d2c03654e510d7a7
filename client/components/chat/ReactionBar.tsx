// Quiet reactions: "I relate", "Thank you", "Sending strength", "Heart". After one is sent the bar
// rests briefly (a courtesy; the server rate-limits too). It stays focusable while resting
// (aria-disabled), so keyboard focus is not thrown off the button just pressed.
import { useEffect, useRef, useState } from 'react';
import { REACTIONS, type Reaction } from '../../../shared/protocol';
import { REACTION_COOLDOWN_MS, REACTION_DISPLAY } from './reactions';

export function ReactionBar({ send }: { send: (r: Reaction) => Promise<unknown> }) {
  const [resting, setResting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const react = (r: Reaction) => {
    if (resting) return;
    setResting(true);
    timer.current = setTimeout(() => setResting(false), REACTION_COOLDOWN_MS);
    // A refused reaction (too many, or the room just closed) needs no alarm: it was only a gesture.
    send(r).catch(() => undefined);
  };

  return (
    <div className="reactions" role="toolbar" aria-label="Reactions">
      {REACTIONS.map((r) => (
        <button
          key={r}
          type="button"
          className="reaction"
          aria-label={REACTION_DISPLAY[r].label}
          aria-disabled={resting || undefined}
          onClick={() => react(r)}
        >
          <span className="reaction__emoji" aria-hidden="true">
            {REACTION_DISPLAY[r].emoji}
          </span>
          <span className="reaction__label">{REACTION_DISPLAY[r].label}</span>
        </button>
      ))}
    </div>
  );
}
