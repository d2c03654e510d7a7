// Planning breakouts: the form (rooms, assignment mode, timer, keep-apart pairs) → `breakout:plan`;
// then the plan as the server made it, to adjust person by person, shuffle, and open.
import { useState } from 'react';
import type { BreakoutPlan, SessionView } from '../../../shared/session';
import type { PanelActions } from '../facilitator/usePanelActions';
import { PanelButton } from '../facilitator/PanelButton';
import { PlanAssignment } from './PlanAssignment';
import { PlanForm } from './PlanForm';
import { draftFrom, planPayload } from './planDraft';

interface Props {
  view: SessionView;
  plan: BreakoutPlan | null;
  selfId: string;
  actions: PanelActions;
}

export function BreakoutPlanner({ view, plan, selfId, actions }: Props) {
  const [draft, setDraft] = useState(() => draftFrom(plan));
  const people = view.participants.filter((p) => p.peerId !== selfId);
  return (
    <div className="bo-planner">
      <PlanForm draft={draft} people={people} onChange={setDraft} />
      <div className="fac-buttons">
        <PanelButton label="Create plan" tone={plan ? 'default' : 'primary'} inactive={actions.busy} onClick={() => actions.run('breakout:plan', planPayload(draft))}>
          Create plan
        </PanelButton>
      </div>
      {plan && <PlanAssignment plan={plan} people={view.participants} selfId={selfId} actions={actions} />}
    </div>
  );
}
