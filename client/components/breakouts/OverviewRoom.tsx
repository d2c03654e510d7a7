// One space in the live overview: a breakout (or the main room) with its people. A call for help
// shows first, with a way to go there; each person can be moved, or made the breakout's host.
import type { BreakoutsOverview } from '../../../shared/session';
import { goToLabel } from '../../core/session/breakouts';
import { PanelButton } from '../facilitator/PanelButton';
import type { PanelActions } from '../facilitator/usePanelActions';
import { MAIN, peopleCount } from './labels';
import { RoomSelect } from './RoomSelect';

type Room = BreakoutsOverview['rooms'][number];
export type OverviewPerson = Room['people'][number];

interface Props {
  room: Omit<Room, 'people'>;
  people: OverviewPerson[];
  /** We are in this space now. */
  here: boolean;
  selfId: string;
  rooms: ReadonlyArray<{ id: string; name: string }>;
  actions: PanelActions;
  follow: (id: string) => void;
}

export function OverviewRoom({ room, people, here, selfId, rooms, actions, follow }: Props) {
  const breakout = room.id !== MAIN;
  const titleId = `bo-room-${room.id}`;
  return (
    <section className={`bo-room${room.helpAskedAt !== null ? ' bo-room--help' : ''}`} aria-labelledby={titleId}>
      <div className="fac-section__head">
        <h4 id={titleId} className="bo-room__name">
          {room.name} <span className="muted">({peopleCount(people.length)})</span>
        </h4>
        {breakout && !here && (
          <PanelButton label={`Visit ${room.name}`} inactive={actions.busy} onClick={() => actions.run('breakout:visit', { to: room.id })}>
            Visit
          </PanelButton>
        )}
        {here && <span className="badge">You are here</span>}
      </div>
      {room.topic && <p className="muted row__meta">{room.topic}</p>}
      {room.helpAskedAt !== null && (
        <div className="bo-help">
          <p role="status" className="bo-help__text">
            {room.name} asked for help
          </p>
          {!here && (
            <PanelButton label={goToLabel(room.name)} tone="primary" inactive={actions.busy} onClick={() => actions.run('breakout:visit', { to: room.id })}>
              Go there
            </PanelButton>
          )}
          <PanelButton label={`Clear the call for help from ${room.name}`} inactive={actions.busy} onClick={() => actions.run('breakout:clearHelp', { roomId: room.id })}>
            Clear
          </PanelButton>
        </div>
      )}
      {people.length === 0 ? (
        <p className="muted row__meta">Nobody is here.</p>
      ) : (
        <ul className="rows">
          {people.map((p) => (
            <li key={p.peerId} className="row">
              <span className="row__main">
                <span className="row__title">
                  {p.displayName}
                  {p.peerId === selfId && <span className="muted"> (you)</span>}{' '}
                  {p.host && <span className="badge fac-badge">Host</span>}
                  {p.visiting && <span className="badge fac-badge">Visiting</span>}
                </span>
                {!p.connected && <span className="muted row__meta">Reconnecting…</span>}
              </span>
              {!p.visiting && p.peerId !== selfId && (
                <span className="fac-buttons">
                  <RoomSelect
                    id={`bo-move-${p.peerId}`}
                    label={`Move ${p.displayName}`}
                    value={room.id}
                    rooms={rooms}
                    inactive={actions.busy}
                    onChange={(to) => {
                      follow(`bo-move-${p.peerId}`);
                      actions.run('breakout:move', { peerId: p.peerId, to });
                    }}
                  />
                  {breakout && p.role === 'member' && (
                    <PanelButton
                      label={`Make ${p.displayName} host`}
                      pressed={p.host}
                      inactive={actions.busy}
                      onClick={() => actions.run('breakout:setHost', { peerId: p.peerId, host: !p.host })}
                    >
                      Make host
                    </PanelButton>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
