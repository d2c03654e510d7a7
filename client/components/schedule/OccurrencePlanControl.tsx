// Breakouts for one upcoming session on the schedule page: "Plan breakouts", or "Breakouts planned
// (3 rooms)" once a plan is saved, opening the planner under the session for organisers and
// facilitators, and the plan read-only for co-facilitators. Members see nothing of it.
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { BreakoutPlanView } from '../../../shared/api';
import { planInWords, plannedLabel } from '../../core/schedule/occurrencePlan';
import type { ResourceState } from '../../core/api/resource';
import { OccurrencePlanPanel } from './OccurrencePlanPanel';

/** What the schedule page allows and offers the rows' planners (a context, so the series cards need not pass it on). */
export interface OccurrencePlanAccess {
  /** May see plans: staff. */
  read: boolean;
  /** May save and remove them: organisers and facilitators. */
  edit: boolean;
  /** Says what happened in the page's status line. */
  announce: (text: string) => void;
  /** A seed for "Assign at random" (tests pin it). */
  seed: () => number;
  /** The plan saved for one session, from the page's one request for all of them: undefined while
   *  it loads, 'failed' when it could not be loaded. */
  planOf: (seriesId: string, slot: string) => BreakoutPlanView | null | undefined | 'failed';
}

/** The lookup for OccurrencePlanAccess.planOf, from the state of the page's listBreakoutPlans. */
export function planLookup(state: ResourceState<{ plans: BreakoutPlanView[] }>): OccurrencePlanAccess['planOf'] {
  if (state.status !== 'ready') return () => (state.status === 'failed' ? 'failed' : undefined);
  const bySession = new Map(state.data.plans.map((p) => [`${p.seriesId} ${p.slot}`, p]));
  return (seriesId, slot) => bySession.get(`${seriesId} ${slot}`) ?? null;
}

export const randomSeed = (): number => Math.floor(Math.random() * 2 ** 32);

export const OccurrencePlanContext = createContext<OccurrencePlanAccess>({ read: false, edit: false, announce: () => undefined, seed: randomSeed, planOf: () => null });

interface Props {
  groupId: string;
  seriesId: string;
  slot: string;
  /** Names the session ('Tue 31 Mar 2026, 19:00'). */
  label: string;
}

export function OccurrencePlanControl(props: Props) {
  const access = useContext(OccurrencePlanContext);
  return access.read ? <PlanControl {...props} access={access} /> : null;
}

function PlanControl({ groupId, seriesId, slot, label, access }: Props & { access: OccurrencePlanAccess }) {
  const loaded = access.planOf(seriesId, slot);
  // What this browser saved or removed since: newer than what was loaded.
  const [known, setKnown] = useState<BreakoutPlanView | null | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);
  useEffect(() => {
    // Back to the button when the planner closes, so keyboard users keep their place.
    if (!open && closing.current) toggle.current?.focus();
    closing.current = false;
  }, [open]);
  const close = (): void => {
    closing.current = true;
    setOpen(false);
  };

  const plan = known !== undefined ? known : loaded;
  // Not known yet: say nothing rather than something wrong. Not loadable: the panel says why.
  const text = plan === 'failed' ? 'Breakouts' : plan ? plannedLabel(plan) : plan === null && access.edit ? 'Plan breakouts' : null;
  if (text === null) return null;
  const panelId = `plan-${seriesId}-${slot.replace(/\W/g, '')}`;
  return (
    <>
      <div className="actions occurrence__actions">
        <button ref={toggle} type="button" className="button button--small" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((o) => !o)}>
          {text}
          <span className="sr-only"> for the session on {label}</span>
        </button>
      </div>
      {open && (
        <OccurrencePlanPanel
          id={panelId}
          groupId={groupId}
          seriesId={seriesId}
          slot={slot}
          label={label}
          edit={access.edit}
          seed={access.seed}
          onSaved={(saved) => {
            setKnown(saved);
            close();
            access.announce(`Breakouts for the session on ${label} are saved: ${planInWords(saved)}`);
          }}
          onRemoved={() => {
            setKnown(null);
            close();
            access.announce(`The breakouts planned for the session on ${label} were removed.`);
          }}
          onClose={close}
        />
      )}
    </>
  );
}
