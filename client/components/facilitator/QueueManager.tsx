// The hand queue in speaking order. Facilitators move people up or down (sending the whole new
// order, as the server wants a permutation), take a hand down, or clear the queue.
import { useEffect, useRef } from 'react';
import type { SessionView } from '../../../shared/session';
import { PanelButton } from './PanelButton';
import { can } from './permissions';
import type { PanelTools } from './types';

type Direction = 'up' | 'down';
const buttonId = (peerId: string, dir: Direction) => `fac-queue-${dir}-${peerId}`;

function moved(order: string[], index: number, dir: Direction): string[] {
  const to = dir === 'up' ? index - 1 : index + 1;
  const next = [...order];
  [next[index], next[to]] = [next[to] as string, next[index] as string];
  return next;
}

export function QueueManager({ view, tools }: { view: SessionView; tools: PanelTools }) {
  const role = view.you.role;
  const order = view.queue.map((q) => q.peerId);
  // A moved row is re-inserted in the DOM, which drops focus: put it back on the same button.
  const follow = useRef<{ peerId: string; dir: Direction } | null>(null);
  const key = order.join('\n');
  useEffect(() => {
    if (!follow.current) return;
    document.getElementById(buttonId(follow.current.peerId, follow.current.dir))?.focus();
    follow.current = null;
  }, [key]);

  const mayReorder = can(role, 'queue:reorder');
  const move = (index: number, dir: Direction) => {
    const peerId = order[index] as string;
    follow.current = { peerId, dir };
    tools.run('queue:reorder', { order: moved(order, index, dir) });
  };

  return (
    <section className="fac-section" aria-labelledby="fac-queue-title">
      <div className="fac-section__head">
        <h3 id="fac-queue-title">
          Hands raised <span className="muted">({order.length})</span>
        </h3>
        {order.length > 0 && can(role, 'queue:clear') && (
          <PanelButton label="Clear the queue" inactive={tools.busy} onClick={() => tools.run('queue:clear')}>
            Clear the queue
          </PanelButton>
        )}
      </div>
      {order.length === 0 ? (
        <p className="muted">No hands raised.</p>
      ) : (
        <ol className="rows fac-queue">
          {view.queue.map((q, i) => (
            <li key={q.peerId} className="row">
              <span className="fac-queue__position" aria-hidden="true">
                {q.position}
              </span>
              <span className="row__main row__title">{q.displayName}</span>
              <span className="fac-buttons">
                {mayReorder && (
                  <>
                    <PanelButton id={buttonId(q.peerId, 'up')} label={`Move ${q.displayName} up`} inactive={tools.busy || i === 0} onClick={() => move(i, 'up')}>
                      <span aria-hidden="true">↑</span> Up
                    </PanelButton>
                    <PanelButton
                      id={buttonId(q.peerId, 'down')}
                      label={`Move ${q.displayName} down`}
                      inactive={tools.busy || i === order.length - 1}
                      onClick={() => move(i, 'down')}
                    >
                      <span aria-hidden="true">↓</span> Down
                    </PanelButton>
                  </>
                )}
                {can(role, 'queue:remove') && (
                  <PanelButton label={`Remove ${q.displayName} from the queue`} inactive={tools.busy} onClick={() => tools.run('queue:remove', { peerId: q.peerId })}>
                    Remove
                  </PanelButton>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
