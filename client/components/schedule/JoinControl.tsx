// The group's "Join live session" button, following the schedule: members can join from an
// occurrence's joinOpensAt (until then the button says when it opens), or whenever the room is
// live already; staff may always open the room. Groups without a schedule keep the plain link.
// The server decides either way.
import type { UpcomingOccurrence } from '../../../shared/api';
import { joinState, openingTime, opensText } from '../../core/schedule/joinState';
import type { ReadableStore } from '../../core/store';
import { useStore } from '../../hooks/useStore';
import { AppLink } from '../AppLink';

interface Props {
  groupId: string;
  staff: boolean;
  /** null while the schedule loads (or when it could not be loaded): the plain link then. */
  occurrences: readonly UpcomingOccurrence[] | null;
  /** Someone is in the live room now (UpcomingResponse.liveNow): members may join outside the window. */
  liveNow: boolean;
  /** Server time in whole seconds: this component re-renders each second, the page does not. */
  clock: ReadableStore<number>;
  zone: string;
}

export function JoinControl({ groupId, staff, occurrences, liveNow, clock, zone }: Props) {
  const now = useStore(clock);
  const state = occurrences ? joinState(occurrences, now, liveNow) : { kind: 'unscheduled' as const };
  const to = `/g/${groupId}`;
  if (state.kind === 'unscheduled') {
    return (
      <AppLink to={to} className="button button--primary">
        Join live session
      </AppLink>
    );
  }
  const open = state.kind === 'open' || state.kind === 'live';
  const opens = state.kind === 'waiting' ? openingTime(state.occurrence.joinOpensAt, now, zone) : null;
  const waitText =
    state.kind !== 'waiting' ? null : staff && opens ? `Members can join ${opens.day ? `on ${opens.day} ` : ''}from ${opens.time} (${opens.wait}).` : `${opensText(state.occurrence.joinOpensAt, now, zone)}.`;
  return (
    <div className="join-control">
      {open ? (
        <AppLink to={to} className="button button--primary">
          Join live session
        </AppLink>
      ) : staff ? (
        <AppLink to={to} className="button button--primary">
          {state.kind === 'none' ? 'Open the room' : 'Open the room early'}
        </AppLink>
      ) : (
        // aria-disabled, not disabled: it stays focusable, so keyboard and screen reader users find
        // it and hear (through the description) when it opens.
        <button type="button" className="button button--primary" aria-disabled="true" aria-describedby="join-when">
          Join live session
        </button>
      )}
      {/* Not live: a countdown read out every minute would be noise. */}
      <p id="join-when" className="hint join-control__when">
        {state.kind === 'open' && `${state.occurrence.title} is open.`}
        {state.kind === 'live' && 'The room is open now.'}
        {waitText}
        {state.kind === 'none' && (staff ? 'No session is coming up. You can still open the room.' : 'No session is coming up. The next one will show here.')}
      </p>
      {/* In the page from the start, so the moment it opens is announced, once. */}
      <p className="sr-only" role="status">
        {state.kind === 'open' ? 'The live session is open. You can join now.' : state.kind === 'live' ? 'The room is open now. You can join.' : ''}
      </p>
    </div>
  );
}
