// A scheduled session's planned breakouts, read-only (co-facilitators): the rooms with their topics
// and who goes to each, the timer, and the pairs kept apart. Only organisers and facilitators change it.
import type { BreakoutPlanView } from '../../../shared/api';
import { boardRooms, draftFromView, MAIN, planInWords, roomOf, type PlanPersonRef } from '../../core/schedule/occurrencePlan';

interface Props {
  plan: BreakoutPlanView | null;
  people: readonly PlanPersonRef[];
  onClose: () => void;
}

export function OccurrencePlanSummary({ plan, people, onClose }: Props) {
  const close = (
    <div className="actions">
      <button type="button" className="button button--small" onClick={onClose}>
        Close
      </button>
    </div>
  );
  if (!plan) {
    return (
      <>
        <p className="muted">No breakouts are planned for this session.</p>
        {close}
      </>
    );
  }
  const { draft } = draftFromView(plan, people);
  const nameOf = (id: string): string => people.find((p) => p.id === id)?.name ?? 'someone who left';
  const rooms = boardRooms(draft).filter((r) => r.id !== MAIN);
  return (
    <>
      <p>
        {planInWords(plan)} {plan.allowReturn ? 'Members may return to the main room early.' : 'Members stay until the end.'}
      </p>
      <ul className="rows occurrence-plan__rooms" aria-label="Planned rooms">
        {rooms.map((r) => {
          const names = people.filter((p) => roomOf(draft, p.id) === r.id).map((p) => p.name);
          return (
            <li key={r.id} className="row row--stacked">
              <span className="row__title">{r.name}</span>
              {r.topic && <span className="muted row__meta">{r.topic}</span>}
              <span className="row__meta">{names.length > 0 ? names.join(', ') : 'Nobody placed yet'}</span>
            </li>
          );
        })}
      </ul>
      <p className="muted">Everyone else starts in the main room.</p>
      {draft.keepApart.length > 0 && <p className="muted">Kept apart: {draft.keepApart.map(([a, b]) => `${nameOf(a)} and ${nameOf(b)}`).join('; ')}.</p>}
      <p className="hint">Only organisers and facilitators change the plan.</p>
      {close}
    </>
  );
}
