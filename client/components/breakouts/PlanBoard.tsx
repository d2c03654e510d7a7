// Who goes where in a plan: each room (and the main room) with its people, a select per person
// ("Room for Sam") and, as a pointer shortcut, dragging a person onto a room. Both come to one
// `onAssign`. Shared by the live planner (peers) and a scheduled session's plan (memberships).
import { peopleCount } from './labels';
import { PlanPerson, type BoardPerson } from './PlanPerson';
import { useDragAssign } from './useDragAssign';
import { useFollowFocus } from './useFollowFocus';

export interface BoardRoom {
  id: string;
  name: string;
  topic: string;
}

interface Props {
  /** Every room a person can go to, the main room included. */
  rooms: readonly BoardRoom[];
  people: readonly BoardPerson[];
  roomOf: (personId: string) => string;
  onAssign: (personId: string, roomId: string) => void;
  inactive: boolean;
  /** Each select's id is `${idPrefix}-${person id}`: unique in the page, and where focus follows a move. */
  idPrefix: string;
  /** The rooms' heading level, under the heading of what holds the board. */
  headingLevel?: 4 | 6;
}

export function PlanBoard({ rooms, people, roomOf, onAssign, inactive, idPrefix, headingLevel = 4 }: Props) {
  const follow = useFollowFocus();
  const drag = useDragAssign(roomOf, onAssign);
  const options = rooms.map((r) => ({ id: r.id, name: r.name }));
  const Heading = headingLevel === 6 ? 'h6' : 'h4';
  return (
    <>
      {rooms.map((g) => {
        const here = people.filter((p) => roomOf(p.id) === g.id);
        return (
          <section key={g.id} className={`bo-room${drag.over === g.id ? ' bo-room--drop' : ''}`} aria-label={g.name} {...drag.target(g.id)}>
            <Heading className="bo-room__name">
              {g.name} <span className="muted">({peopleCount(here.length)})</span>
            </Heading>
            {g.topic && <p className="muted row__meta">{g.topic}</p>}
            {here.length > 0 && (
              <ul className="rows">
                {here.map((p) => (
                  <PlanPerson
                    key={p.id}
                    person={p}
                    selectId={`${idPrefix}-${p.id}`}
                    roomId={g.id}
                    rooms={options}
                    inactive={inactive}
                    drag={drag}
                    onChange={(to) => {
                      // The select moves to another room's list: keep focus on it.
                      follow(`${idPrefix}-${p.id}`);
                      onAssign(p.id, to);
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
