// "Moving to Circle 2…": shown calmly over the grid while our media moves to another space. The
// live region is always in the page, so the move is announced (politely) when it starts.
import { movingText } from '../../core/session/breakouts';
import type { Moving } from '../../core/session/types';

export function MovingNotice({ moving }: { moving: Moving | null }) {
  return (
    <div className={moving ? 'moving' : 'moving moving--idle'} role="status" aria-live="polite">
      {moving && (
        <p className="moving__text">
          <span className="moving__dot" aria-hidden="true" />
          {movingText(moving.name)}
        </p>
      )}
    </div>
  );
}
