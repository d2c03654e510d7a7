// The hand queue, visible to everyone in speaking order, and one's own place in it.
import { ordinal } from '../../core/session/floor';
import type { SessionView } from '../../../shared/session';

export function queuePositionText(position: number | null): string {
  return position === null ? '' : `You are ${ordinal(position)} in the queue`;
}

export function HandQueue({ view }: { view: SessionView }) {
  const mine = view.you.queuePosition;
  if (view.queue.length === 0) return null;
  return (
    <section className="hand-queue" aria-labelledby="hand-queue-title">
      <h2 id="hand-queue-title" className="hand-queue__title">
        Hands raised
      </h2>
      <ol className="hand-queue__list">
        {view.queue.map((q) => (
          <li key={q.peerId} className={q.peerId === view.you.peerId ? 'hand-queue__me' : undefined}>
            {q.displayName}
            {q.peerId === view.you.peerId && ' (you)'}
          </li>
        ))}
      </ol>
      <p className="hand-queue__mine" aria-live="polite">
        {queuePositionText(mine)}
      </p>
    </section>
  );
}
