// A moment as "in 3 days (28 Nov 2025, 14:00)": relative for a quick read, exact for certainty.
import { absoluteTime, relativeTime } from '../core/api/time';

export function TimeLabel({ iso, now }: { iso: string; now: number }) {
  return (
    <time dateTime={iso}>
      {relativeTime(iso, now)} <span className="muted">({absoluteTime(iso)})</span>
    </time>
  );
}
