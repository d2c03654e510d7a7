// The plan as the server made it: who goes to which room, one select per person ("Room for Sam":
// a room, or the main room) and, as a pointer shortcut, dragging a person onto a room; the timer
// in words, Shuffle and Open.
import type { BreakoutPlan, ParticipantView } from '../../../shared/session';
import { PanelButton } from '../facilitator/PanelButton';
import type { PanelActions } from '../facilitator/usePanelActions';
import { durationLabel, MAIN, MAIN_ROOM_NAME, peopleCount } from './labels';
import { PlanPerson } from './PlanPerson';
import { useDragAssign } from './useDragAssign';
import { useFollowFocus } from './useFollowFocus';

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
  const groups = [
    ...plan.rooms.map((r) => ({ id: r.id, name: r.name, topic: r.topic })),
    { id: MAIN, name: MAIN_ROOM_NAME, topic: 'Stays here' },
  ];
  const follow = useFollowFocus();
  const roomOf = (peerId: string): string => plan.assignment[peerId] ?? MAIN;
  const options = groups.map((g) => ({ id: g.id, name: g.name }));
  // The one way to assign: the select (after keeping focus on it) and a drop both come here.
  const assign = (peerId: string, to: string) => actions.run('breakout:assign', { peerId, roomId: to === MAIN ? null : to });
  const drag = useDragAssign(roomOf, assign);
  return (
    <section className="fac-section bo-plan" aria-labelledby="bo-plan-title">
      <h3 id="bo-plan-title">The plan</h3>
      <p className="muted row__meta">
        {timerText(plan)} {plan.allowReturn ? 'Members may return early.' : 'Members stay until the end.'}
      </p>
      {groups.map((g) => {
        const here = people.filter((p) => roomOf(p.peerId) === g.id);
        return (
          <section key={g.id} className={`bo-room${drag.over === g.id ? ' bo-room--drop' : ''}`} aria-label={g.name} {...drag.target(g.id)}>
            <h4 className="bo-room__name">
              {g.name} <span className="muted">({peopleCount(here.length)})</span>
            </h4>
            {g.topic && <p className="muted row__meta">{g.topic}</p>}
            {here.length > 0 && (
              <ul className="rows">
                {here.map((p) => (
                  <PlanPerson
                    key={p.peerId}
                    person={p}
                    self={p.peerId === selfId}
                    optedOut={plan.optedOut.includes(p.peerId)}
                    roomId={g.id}
                    rooms={options}
                    inactive={actions.busy}
                    drag={drag}
                    onChange={(to) => {
                      follow(`bo-plan-${p.peerId}`);
                      assign(p.peerId, to);
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
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
