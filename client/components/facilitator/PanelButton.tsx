// A small panel button. The accessible name says what a press does and to whom ("Admit Sam");
// the visible text may be shorter but is part of it. While inactive it stays focusable and ignores presses.
import type { ReactNode } from 'react';

interface Props {
  label: string;
  children: ReactNode;
  onClick: () => void;
  inactive?: boolean;
  tone?: 'default' | 'primary' | 'danger';
  pressed?: boolean;
  expanded?: boolean;
  id?: string;
}

const TONES = { default: '', primary: ' button--primary', danger: ' button--danger-quiet' } as const;

export function PanelButton({ label, children, onClick, inactive, tone = 'default', pressed, expanded, id }: Props) {
  return (
    <button
      type="button"
      id={id}
      className={`button button--small${TONES[tone]}`}
      aria-label={label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-disabled={inactive || undefined}
      onClick={() => {
        if (!inactive) onClick();
      }}
    >
      {children}
    </button>
  );
}
