// Everyone in the room, for members (facilitators get the FacilitatorPanel instead): names in
// arrival order, session roles, raised hands.
import { ordinal, ROOM_ROLE_LABELS } from '../../core/session/floor';
import type { SessionView } from '../../../shared/session';
import { Avatar } from '../Avatar';

export function PeopleList({ view }: { view: SessionView }) {
  const position = new Map(view.queue.map((q) => [q.peerId, q.position]));
  return (
    <section className="people" aria-labelledby="people-title">
      <h2 id="people-title">
        People <span className="muted">({view.participants.length})</span>
      </h2>
      <ul className="rows">
        {view.participants.map((p) => {
          const hand = position.get(p.peerId);
          return (
            <li key={p.peerId} className="row">
              <Avatar name={p.displayName} size="small" />
              <span className="row__main">
                <span className="row__title">
                  {p.displayName}
                  {p.peerId === view.you.peerId && <span className="muted"> (you)</span>}
                </span>
                <span className="muted row__meta">
                  {ROOM_ROLE_LABELS[p.role]}
                  {hand !== undefined && ` · hand raised, ${ordinal(hand)} in the queue`}
                  {!p.connected && ' · reconnecting'}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
