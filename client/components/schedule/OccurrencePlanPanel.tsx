// The breakouts of one session, opened under it on the schedule page: loads the saved plan (fresh,
// someone else may have changed it) and the group's members, then the planner or, for
// co-facilitators, the plan read-only. Takes focus on its heading when it opens.
import { useEffect } from 'react';
import type { BreakoutPlanView } from '../../../shared/api';
import { plannablePeople } from '../../core/schedule/occurrencePlan';
import { useResource } from '../../hooks/useResource';
import { useServices } from '../../hooks/useServices';
import { OccurrencePlanEditor } from './OccurrencePlanEditor';
import { OccurrencePlanSummary } from './OccurrencePlanSummary';

interface Props {
  id: string;
  groupId: string;
  seriesId: string;
  slot: string;
  label: string;
  edit: boolean;
  seed: () => number;
  onSaved: (plan: BreakoutPlanView) => void;
  onRemoved: () => void;
  onClose: () => void;
}

export function OccurrencePlanPanel({ id, groupId, seriesId, slot, label, edit, seed, onSaved, onRemoved, onClose }: Props) {
  const { api } = useServices();
  const [state, resource] = useResource(async () => {
    const [saved, members] = await Promise.all([api.call('getBreakoutPlan', { params: { groupId, seriesId, slot } }), api.call('listMembers', { params: { groupId } })]);
    return { plan: saved.plan, people: plannablePeople(members.members) };
  });
  const titleId = `${id}-title`;
  useEffect(() => {
    // The panel opened below its button: screen readers hear where they are, keyboards start here.
    document.getElementById(titleId)?.focus();
  }, [titleId]);

  return (
    <section id={id} className="occurrence-plan" aria-labelledby={titleId}>
      <h5 id={titleId} className="occurrence-plan__title" tabIndex={-1}>
        Breakouts for {label}
      </h5>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          Loading the plan…
        </p>
      )}
      {state.status === 'failed' && (
        <>
          <p className="error" role="alert">
            {state.message}
          </p>
          <div className="actions">
            <button type="button" className="button button--small" onClick={() => void resource.reload()}>
              Try again
            </button>
            <button type="button" className="button button--small" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
      {state.status === 'ready' &&
        (edit ? (
          <OccurrencePlanEditor
            idPrefix={id}
            groupId={groupId}
            seriesId={seriesId}
            slot={slot}
            label={label}
            saved={state.data.plan}
            people={state.data.people}
            seed={seed}
            onSaved={onSaved}
            onRemoved={onRemoved}
            onClose={onClose}
          />
        ) : (
          <OccurrencePlanSummary plan={state.data.plan} people={state.data.people} onClose={onClose} />
        ))}
    </section>
  );
}
