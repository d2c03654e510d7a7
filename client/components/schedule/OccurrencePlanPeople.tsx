// Who goes where in a scheduled session's plan: the live planner's board (a select per member, and
// drag and drop), "Assign at random, balanced", everyone back to the main room, and a note when a
// keep-apart pair shares a room. Changes are announced politely.
import { useState } from 'react';
import {
  assignAtRandom,
  assignTo,
  boardRooms,
  clashingPairs,
  MAIN,
  roomOf,
  type OccurrencePlanDraft,
  type PlanPersonRef,
} from '../../core/schedule/occurrencePlan';
import { PlanBoard } from '../breakouts/PlanBoard';
import { FieldNote } from '../FormFields';

interface Props {
  idPrefix: string;
  draft: OccurrencePlanDraft;
  people: readonly PlanPersonRef[];
  seed: () => number;
  error: string | undefined;
  inactive: boolean;
  onChange: (draft: OccurrencePlanDraft) => void;
}

export function OccurrencePlanPeople({ idPrefix, draft, people, seed, error, inactive, onChange }: Props) {
  const [said, setSaid] = useState('');
  const rooms = boardRooms(draft);
  const nameOf = (id: string): string => people.find((p) => p.id === id)?.name ?? 'someone who left';
  const roomName = (index: number): string => rooms[index]?.name ?? '';
  const clashes = clashingPairs(draft).map(({ pair: [a, b], room }) => `${nameOf(a)} and ${nameOf(b)} are both in ${roomName(room)}.`);
  const titleId = `${idPrefix}-people`;

  const random = (): void => {
    const next = assignAtRandom(draft, people, seed());
    onChange(next);
    const sizes = rooms.filter((r) => r.id !== MAIN).map((r) => `${r.name}: ${people.filter((p) => roomOf(next, p.id) === r.id).length}`);
    setSaid(`Everyone is placed at random. ${sizes.join(', ')}.`);
  };

  return (
    <section className="occurrence-plan__people" aria-labelledby={titleId} aria-describedby={error ? `${titleId}-error` : undefined}>
      <h6 id={titleId} className="occurrence-plan__subtitle">
        Who goes where
      </h6>
      {people.length === 0 ? (
        <p className="muted">Nobody to place yet: members show here once they join the group. You can still plan the rooms.</p>
      ) : (
        <p className="hint">Choose a room for each member, or drag a name onto a room. Organisers and facilitators are not placed: you move between rooms during the session.</p>
      )}
      <FieldNote id={titleId} error={error} />
      {people.length > 0 && (
        <>
          <div className="actions">
            <button type="button" className="button button--small" disabled={inactive} onClick={random}>
              Assign at random, balanced
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={inactive || Object.keys(draft.assignment).length === 0}
              onClick={() => {
                onChange({ ...draft, assignment: {} });
                setSaid('Everyone is in the main room.');
              }}
            >
              Everyone to the main room
            </button>
          </div>
          <PlanBoard
            rooms={rooms}
            people={people}
            roomOf={(id) => roomOf(draft, id)}
            onAssign={(id, to) => {
              onChange(assignTo(draft, id, to));
              setSaid(`${nameOf(id)} goes to ${rooms.find((r) => r.id === to)?.name ?? ''}.`);
            }}
            inactive={inactive}
            idPrefix={idPrefix}
            headingLevel={6}
          />
        </>
      )}
      <p className={clashes.length > 0 ? 'notice occurrence-plan__clash' : 'sr-only'} role="status">
        {clashes.length > 0 && `Keep apart: ${clashes.join(' ')} “Assign at random” would separate them.`}
      </p>
      <p className="sr-only" role="status">
        {said}
      </p>
    </section>
  );
}
