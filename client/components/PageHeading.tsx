// A page's h1. It takes focus when the page opens, so after a client-side navigation screen
// readers start reading the new page rather than staying on a link that is gone; it also names
// the browser tab.
import { useEffect, useRef, type ReactNode } from 'react';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Hearth`;
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
