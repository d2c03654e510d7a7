// The facilitator's Breakouts tab: the planner while nothing runs, the live overview of every room
// while breakouts are open. Presentational: it renders the overview and calls `act`; the server
// decides, and a refusal shows in the panel's alert line.
import type { SessionView } from '../../../shared/session';
import type { ReadableStore } from '../../core/store';
import { FormAlert } from '../FormAlert';
import { usePanelActions, type Act } from '../facilitator/usePanelActions';
import { BreakoutOverview } from './BreakoutOverview';
import { BreakoutPlanner } from './BreakoutPlanner';

interface Props {
  view: SessionView;
  selfId: string;
  clock: ReadableStore<number>;
  act: Act;
}

export function BreakoutsPanel({ view, selfId, clock, act }: Props) {
  const actions = usePanelActions(act);
  const overview = view.breakouts;
  if (!overview) return null;
  const running = overview.rooms.length > 0;
  return (
    <section className="breakouts" aria-labelledby="bo-title">
      <h2 id="bo-title">Breakouts</h2>
      <FormAlert message={actions.error} />
      {running ? (
        <BreakoutOverview view={view} overview={overview} selfId={selfId} clock={clock} actions={actions} />
      ) : (
        <BreakoutPlanner view={view} plan={overview.plan} selfId={selfId} actions={actions} />
      )}
    </section>
  );
}
