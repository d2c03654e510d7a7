// A round control like ControlButton, which can also be "unavailable for now": it stays focusable
// (aria-disabled, not disabled) and points at the sentence that says why, so keyboard and screen
// reader users learn the reason instead of meeting a dead button.
import type { ReactNode } from 'react';

interface Props {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  caption?: ReactNode;
  pressed?: boolean;
  expanded?: boolean;
  controls?: string;
  shortcut?: string;
  tone?: 'default' | 'off' | 'danger' | 'raised';
  /** Set while the control cannot be used; clicks do nothing. */
  unavailable?: boolean;
  /** Id of the text explaining why (or anything else worth hearing with the button). */
  describedBy?: string;
}

export function SessionButton(p: Props) {
  return (
    <button
      type="button"
      className={`control control--${p.tone ?? 'default'}`}
      aria-label={p.label}
      aria-pressed={p.pressed}
      aria-expanded={p.expanded}
      aria-controls={p.controls}
      aria-keyshortcuts={p.shortcut}
      aria-disabled={p.unavailable || undefined}
      aria-describedby={p.describedBy}
      title={p.shortcut ? `${p.label} (${p.shortcut})` : p.label}
      onClick={() => {
        if (!p.unavailable) p.onClick();
      }}
    >
      {p.icon}
      {p.caption && (
        <span className="control__caption" aria-hidden="true">
          {p.caption}
        </span>
      )}
    </button>
  );
}
