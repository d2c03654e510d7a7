// A question for the member right now ("Your turn": Unmute or Pass; "Unmute?": Unmute or Stay
// muted). Not modal: the room goes on behind it. It takes focus when it opens and gives it back
// to where it was when it closes; Escape closes it without choosing.
import { useEffect, useId, useRef, useState } from 'react';

interface Action {
  label: string;
  onClick: () => void;
}

interface Props {
  title: string;
  body: string;
  primary: Action;
  secondary: Action;
  onDismiss: () => void;
}

export function SessionPrompt({ title, body, primary, secondary, onDismiss }: Props) {
  const id = useId();
  const primaryRef = useRef<HTMLButtonElement>(null);
  // Read at the first render, before the prompt moves focus (an effect would see StrictMode's re-run).
  const [before] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    primaryRef.current?.focus();
    return () => {
      // Only take focus back if it was still with us (the member may have moved on meanwhile).
      const active = document.activeElement;
      const ours = !active || active === document.body || !active.isConnected;
      if (ours && before?.isConnected) before.focus();
    };
  }, [before]);

  return (
    <div
      className="session-prompt"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDismiss();
        }
      }}
    >
      <h2 id={`${id}-title`} className="session-prompt__title">
        {title}
      </h2>
      <p id={`${id}-body`}>{body}</p>
      <div className="session-prompt__actions">
        <button ref={primaryRef} type="button" className="button button--primary" onClick={primary.onClick}>
          {primary.label}
        </button>
        <button type="button" className="button" onClick={secondary.onClick}>
          {secondary.label}
        </button>
      </div>
    </div>
  );
}
