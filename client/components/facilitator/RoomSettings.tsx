// The room as a whole: mute everyone (asks first), the lock and the waiting room. Lock and waiting
// room are for leads only; everyone facilitating still reads their state.
import type { SessionView } from '../../../shared/session';
import { PanelButton } from './PanelButton';
import { can } from './permissions';
import type { PanelTools } from './types';

export function RoomSettings({ view, tools }: { view: SessionView; tools: PanelTools }) {
  const role = view.you.role;
  const { locked, waitingRoom } = view.settings;
  const mayLock = can(role, 'room:lock') && can(role, 'room:unlock');
  return (
    <section className="fac-section" aria-labelledby="fac-room-title">
      <h3 id="fac-room-title">Room</h3>
      <div className="fac-buttons">
        {can(role, 'facilitator:muteAll') && (
          <PanelButton label="Mute everyone" onClick={() => tools.confirm({ kind: 'muteAll' })}>
            Mute everyone
          </PanelButton>
        )}
        {mayLock && (
          <PanelButton label="Lock the room" pressed={locked} inactive={tools.busy} onClick={() => tools.run(locked ? 'room:unlock' : 'room:lock')}>
            <span aria-hidden="true">{locked ? '🔒' : '🔓'}</span> Lock the room
          </PanelButton>
        )}
        {can(role, 'room:setWaitingRoom') && (
          <PanelButton label="Waiting room" pressed={waitingRoom} inactive={tools.busy} onClick={() => tools.run('room:setWaitingRoom', { enabled: !waitingRoom })}>
            Waiting room
          </PanelButton>
        )}
      </div>
      <p className="muted row__meta">
        {locked ? 'Locked: nobody new can join.' : 'Open: people with the link can join.'}{' '}
        {waitingRoom ? 'Newcomers wait until a facilitator lets them in.' : 'Newcomers come straight in.'}
      </p>
    </section>
  );
}
