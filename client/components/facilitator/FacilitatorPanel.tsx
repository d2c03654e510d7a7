// The facilitator's panel: the door (waiting list), the floor, the hand queue, the people in the
// room and the room's settings. Presentational: it renders the view and calls `act`; the server
// decides. Shows only what the viewer's role may do, and says why when the server refuses.
import { useMemo, useState } from 'react';
import type { SessionView } from '../../../shared/session';
import { FormAlert } from '../FormAlert';
import { FloorControls } from './FloorControls';
import { PanelConfirm } from './PanelConfirm';
import { ParticipantList } from './ParticipantList';
import { isFacilitatingRole } from './permissions';
import { QueueManager } from './QueueManager';
import { RoomSettings } from './RoomSettings';
import type { Pending, PanelTools } from './types';
import { usePanelActions, type Act } from './usePanelActions';
import { WaitingList } from './WaitingList';

interface Props {
  view: SessionView;
  selfId: string;
  act: Act;
}

export function FacilitatorPanel({ view, selfId, act }: Props) {
  const actions = usePanelActions(act);
  const [pending, setPending] = useState<Pending | null>(null);
  const tools = useMemo<PanelTools>(() => ({ run: actions.run, busy: actions.busy, confirm: setPending }), [actions.run, actions.busy]);
  if (!isFacilitatingRole(view.you.role)) return null;

  return (
    <section className="facilitator" aria-labelledby="fac-title">
      <h2 id="fac-title">Facilitation</h2>
      <FormAlert message={actions.error} />
      {view.waiting && <WaitingList waiting={view.waiting} locked={view.settings.locked} tools={tools} />}
      <FloorControls view={view} tools={tools} />
      <QueueManager view={view} tools={tools} />
      <ParticipantList view={view} selfId={selfId} tools={tools} />
      <RoomSettings view={view} tools={tools} />
      <PanelConfirm pending={pending} youRole={view.you.role} actions={actions} onClose={() => setPending(null)} />
    </section>
  );
}
