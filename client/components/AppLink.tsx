// An ordinary link (keyboard, middle-click and "open in new tab" all work) that navigates inside
// the app on a plain click instead of reloading the page.
import type { MouseEvent, ReactNode } from 'react';
import { useServices } from '../hooks/useServices';

export function AppLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const { navigate } = useServices();
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
