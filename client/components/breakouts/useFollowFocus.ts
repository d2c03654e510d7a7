// Keeps focus on a control that re-renders elsewhere: a person's room select moves to another
// room's list when they are assigned or moved, and would otherwise drop focus to the page.
import { useCallback, useEffect, useRef } from 'react';

/** Returns `follow(id)`: after the next renders, focus the element with that id if focus was lost. */
export function useFollowFocus(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    const active = document.activeElement;
    // Only when focus fell to the page: if the person moved on meanwhile, leave them be.
    if (target !== active && (active === null || active === document.body)) target.focus();
    pending.current = null;
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
