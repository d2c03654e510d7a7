// The plan as the server made it: who goes to which room (PlanBoard: a select per person, and
// dragging a person onto a room), the timer in words, Shuffle and Open.
import type { BreakoutPlan, ParticipantView } from '../../../shared/session';
import { PanelButton } from '../facilitator/PanelButton';
import type { PanelActions } from '../facilitator/usePanelActions';
import { durationLabel, MAIN, MAIN_ROOM_NAME } from './labels';
import { PlanBoard } from './PlanBoard';

interface Props {
  plan: BreakoutPlan;
  people: ParticipantView[];
  selfId: string;
  actions: PanelActions;
}

function timerText(plan: BreakoutPlan): string {
  if (plan.durationMs === null) return 'No time limit.';
  const warning = plan.warningMs > 0 ? `, with a warning ${durationLabel(plan.warningMs)} before the end` : '';
  return `${durationLabel(plan.durationMs)}${warning}.`;
}

export function PlanAssignment({ plan, people, selfId, actions }: Props) {
  const rooms = [...plan.rooms.map((r) => ({ id: r.id, name: r.name, topic: r.topic })), { id: MAIN, name: MAIN_ROOM_NAME, topic: 'Stays here' }];
  const persons = people.map((p) => ({
    id: p.peerId,
    name: p.displayName,
    self: p.peerId === selfId,
    note: plan.optedOut.includes(p.peerId) ? 'Chose to stay in the main room' : undefined,
  }));
  // The one way to assign: the select and a drop both come here.
  const assign = (peerId: string, to: string) => actions.run('breakout:assign', { peerId, roomId: to === MAIN ? null : to });
  return (
    <section className="fac-section bo-plan" aria-labelledby="bo-plan-title">
      <h3 id="bo-plan-title">The plan</h3>
      <p className="muted row__meta">
        {timerText(plan)} {plan.allowReturn ? 'Members may return early.' : 'Members stay until the end.'}
      </p>
      <PlanBoard rooms={rooms} people={persons} roomOf={(peerId) => plan.assignment[peerId] ?? MAIN} onAssign={assign} inactive={actions.busy} idPrefix="bo-plan" />
      <div className="fac-buttons">
        <PanelButton label="Shuffle" inactive={actions.busy} onClick={() => actions.run('breakout:shuffle')}>
          Shuffle
        </PanelButton>
        <PanelButton label="Open breakouts" tone="primary" inactive={actions.busy} onClick={() => actions.run('breakout:open')}>
          Open breakouts
        </PanelButton>
      </div>
    </section>
  );
}
