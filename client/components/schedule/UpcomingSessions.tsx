// The "Upcoming sessions" card: the next 60 days of the group's sessions in the member's zone,
// one block per series with its "Add to calendar" file.
import type { UpcomingResponse } from '../../../shared/api';
import type { ResourceState } from '../../core/api/resource';
import { isScheduleError } from '../../../shared/schedule';
import { seriesCalendarPath } from '../../core/schedule/calendarPaths';
import { occurrencePhase } from '../../core/schedule/joinState';
import { upcomingView, type UpcomingSeries } from '../../core/schedule/upcoming';
import { ViewerZoneLine } from './ViewerZoneLine';
import { SessionRow } from './SessionRow';

interface Props {
  groupId: string;
  state: ResourceState<UpcomingResponse>;
  onRetry(): void;
  /** The viewer's zone (IANA). */
  zone: string;
  zoneDetected: boolean;
  onZoneChange(zone: string | null): void;
  /** Server time, ms. */
  now: number;
}

export function UpcomingSessions({ groupId, state, onRetry, zone, zoneDetected, onZoneChange, now }: Props) {
  if (state.status !== 'ready') {
    return (
      <section className="card upcoming" aria-labelledby="upcoming-title" aria-busy={state.status === 'loading' || undefined}>
        <h2 id="upcoming-title">Upcoming sessions</h2>
        {state.status === 'loading' ? (
          <p className="muted">Loading…</p>
        ) : (
          <>
            <p className="error">{state.message}</p>
            <button type="button" className="button button--small" onClick={onRetry}>
              Try again
            </button>
          </>
        )}
      </section>
    );
  }
  const view = upcomingView(state.data.occurrences, zone, now);
  return (
    <section className="card upcoming" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">Upcoming sessions</h2>
      <ViewerZoneLine zone={zone} detected={zoneDetected} now={now} onChange={onZoneChange} />
      {isScheduleError(view) ? (
        <p className="error">We could not show the times in {zone}. Choose another time zone.</p>
      ) : view.series.length === 0 ? (
        <p className="muted">No sessions are scheduled in the next 60 days.</p>
      ) : (
        view.series.map((series) => <SeriesBlock key={series.seriesId} groupId={groupId} series={series} now={now} />)
      )}
    </section>
  );
}

function SeriesBlock({ groupId, series, now }: { groupId: string; series: UpcomingSeries; now: number }) {
  const titleId = `series-${series.seriesId}-title`;
  return (
    <section className="upcoming__series" aria-labelledby={titleId}>
      <div className="upcoming__series-head">
        <h3 id={titleId}>{series.title}</h3>
        {/* A plain download: the browser sends the cookie; the server names the file. */}
        <a className="button button--small" href={seriesCalendarPath(groupId, series.seriesId)} download>
          Add to calendar<span className="sr-only">: {series.title}</span>
        </a>
      </div>
      <ol className="sessions">
        {series.rows.map((row) => (
          <SessionRow key={row.key} row={row} open={!row.cancelled && occurrencePhase(row, now) === 'open'} />
        ))}
      </ol>
    </section>
  );
}

