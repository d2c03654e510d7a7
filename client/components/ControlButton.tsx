// A round control button. Toggles carry aria-pressed; the accessible name says what a press does.
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface Props {
  label: string;
  icon: IconName;
  onClick: () => void;
  pressed?: boolean;
  /** Visible caption under the icon (short); the full label is the accessible name. */
  caption?: ReactNode;
  tone?: 'default' | 'off' | 'danger';
  disabled?: boolean;
  shortcut?: string;
  expanded?: boolean;
  controls?: string;
}

export function ControlButton({ label, icon, onClick, pressed, caption, tone = 'default', disabled, shortcut, expanded, controls }: Props) {
  return (
    <button
      type="button"
      className={`control control--${tone}`}
      aria-label={label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
      disabled={disabled}
    >
      <Icon name={icon} />
      {caption && <span className="control__caption" aria-hidden="true">{caption}</span>}
    </button>
  );
}
