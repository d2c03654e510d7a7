// Everyone in the room, in the order they arrived, each with what the viewer may do for them.
import type { SessionView } from '../../../shared/session';
import { ParticipantRow } from './ParticipantRow';
import type { PanelTools } from './types';

export function ParticipantList({ view, selfId, tools }: { view: SessionView; selfId: string; tools: PanelTools }) {
  return (
    <section className="fac-section" aria-labelledby="fac-people-title">
      <h3 id="fac-people-title">
        In the room <span className="muted">({view.participants.length})</span>
      </h3>
      <ul className="rows">
        {view.participants.map((p) => (
          <ParticipantRow key={p.peerId} view={view} selfId={selfId} person={p} tools={tools} />
        ))}
      </ul>
    </section>
  );
}
