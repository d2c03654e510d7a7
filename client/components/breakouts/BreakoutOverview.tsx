// While breakouts run: the time left (extend), every room with its people and any call for help,
// the main room's people (when we are there to see them), a message to every room, add a room,
// and close them all (asks first).
import { useState } from 'react';
import type { BreakoutsOverview, SessionView } from '../../../shared/session';
import type { ReadableStore } from '../../core/store';
import { ConfirmDialog } from '../ConfirmDialog';
import { PanelButton } from '../facilitator/PanelButton';
import type { PanelActions } from '../facilitator/usePanelActions';
import { BroadcastForm } from './BroadcastForm';
import { Countdown } from './Countdown';
import { EXTEND_MS, MAIN, MAIN_ROOM_NAME } from './labels';
import { OverviewRoom, type OverviewPerson } from './OverviewRoom';
import { useFollowFocus } from './useFollowFocus';

interface Props {
  view: SessionView;
  overview: BreakoutsOverview;
  selfId: string;
  clock: ReadableStore<number>;
  actions: PanelActions;
}

export function BreakoutOverview({ view, overview, selfId, clock, actions }: Props) {
  const [closing, setClosing] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const follow = useFollowFocus();
  const here = view.breakout?.id ?? MAIN;
  const rooms = [{ id: MAIN, name: MAIN_ROOM_NAME }, ...overview.rooms.map((r) => ({ id: r.id, name: r.name }))];
  // The main room's people are in our view only while we are in the main room.
  const mainPeople: OverviewPerson[] | null =
    here === MAIN ? view.participants.map((p) => ({ peerId: p.peerId, displayName: p.displayName, role: p.role, visiting: false, host: false, connected: p.connected })) : null;
  const room = { selfId, rooms, actions, follow };

  const close = async () => {
    const reason = await actions.perform('breakout:close');
    if (reason) setCloseError(reason);
    else setClosing(false);
  };

  return (
    <div className="bo-overview">
      <div className="bo-overview__time">
        {overview.endsAt !== null ? (
          <p>
            <Countdown clock={clock} endsAt={overview.endsAt} label="Time left in the breakouts" /> left
            {overview.warned && <span className="muted"> · the closing warning has gone out</span>}
          </p>
        ) : (
          <p className="muted">No time limit.</p>
        )}
        <div className="fac-buttons">
          {overview.endsAt !== null && (
            <PanelButton label="Extend 5 minutes" inactive={actions.busy} onClick={() => actions.run('breakout:extend', { byMs: EXTEND_MS })}>
              Extend 5 minutes
            </PanelButton>
          )}
          <PanelButton label="Add a room" inactive={actions.busy} onClick={() => actions.run('breakout:addRoom', {})}>
            Add a room
          </PanelButton>
          <PanelButton
            label="Close all rooms"
            tone="danger"
            onClick={() => {
              setCloseError(null);
              setClosing(true);
            }}
          >
            Close all rooms
          </PanelButton>
        </div>
      </div>
      <BroadcastForm actions={actions} />
      {overview.rooms.map((r) => (
        <OverviewRoom key={r.id} {...room} room={r} people={r.people} here={here === r.id} />
      ))}
      {mainPeople ? (
        <OverviewRoom {...room} room={{ id: MAIN, name: MAIN_ROOM_NAME, topic: '', helpAskedAt: null }} people={mainPeople} here />
      ) : (
        <p className="hint">You are visiting a breakout: the main room’s people show here when you are back.</p>
      )}
      <ConfirmDialog
        open={closing}
        title="Close all rooms?"
        confirmLabel="Close all rooms"
        busyLabel="Closing…"
        busy={actions.busy}
        error={closeError}
        onConfirm={() => void close()}
        onCancel={() => setClosing(false)}
      >
        <p>Everyone returns to the main room now. The breakouts’ chats are discarded.</p>
      </ConfirmDialog>
    </div>
  );
}
