// Subscribes the M / V shortcuts while a page that offers them is on screen.
import { useEffect } from 'react';
import { shortcutFor, type ShortcutAction } from '../core/shortcuts';

export function useShortcuts(handlers: Record<ShortcutAction, () => void>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      handlers[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers, enabled]);
}
