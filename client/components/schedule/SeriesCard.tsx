// One series on the schedule page: its rule in words, its next sessions, and for organisers and
// facilitators Edit, End series and Delete (the page asks before ending or deleting).
import type { SeriesView, UpcomingOccurrence } from '../../../shared/api';
import { describeRule, viewAt, whenIn } from '../../core/schedule/seriesText';
import { OccurrenceRow, type OccurrenceAction } from './OccurrenceRow';

/** A season's worth at a glance; the upcoming route covers 60 days anyway. */
const SHOWN = 8;

interface Props {
  groupId: string;
  series: SeriesView;
  occurrences: UpcomingOccurrence[];
  viewerZone: string;
  canEdit: boolean;
  busy: boolean;
  onEdit: () => void;
  onEnd: () => void;
  onDelete: () => void;
  onAction: (action: OccurrenceAction, occurrence: UpcomingOccurrence, label: string) => void;
  onMoved: (saved: SeriesView, label: string, start: string) => void;
}

export function SeriesCard({ groupId, series, occurrences, viewerZone, canEdit, busy, onEdit, onEnd, onDelete, onAction, onMoved }: Props) {
  const ended = series.endedAt ? viewAt(series.endedAt, viewerZone) : null;
  const titleId = `series-${series.id}-title`;
  const shown = occurrences.slice(0, SHOWN);
  const more = occurrences.length - shown.length;
  return (
    <section className="card series-card" aria-labelledby={titleId}>
      <div className="row__head">
        <h3 id={titleId} className="series-card__title">
          {series.title}
        </h3>
        {series.endedAt && <span className="badge">Ended</span>}
      </div>
      <p className="series-card__rule">{describeRule(series.schedule)}</p>
      {ended && <p className="muted">Ended {whenIn(ended, viewerZone)}: no session starts after that.</p>}
      {series.description && <p className="prewrap muted">{series.description}</p>}
      {canEdit && (
        <div className="actions">
          <button type="button" className="button button--small" onClick={onEdit}>
            Edit<span className="sr-only"> “{series.title}”</span>
          </button>
          {!series.endedAt && (
            <button type="button" className="button button--small button--danger-quiet" onClick={onEnd}>
              End series<span className="sr-only"> “{series.title}”</span>
            </button>
          )}
          <button type="button" className="button button--small button--danger-quiet" onClick={onDelete}>
            Delete<span className="sr-only"> “{series.title}”</span>
          </button>
        </div>
      )}
      <h4 className="series-card__next">Next sessions</h4>
      {shown.length === 0 ? (
        <p className="muted">No sessions in the next 60 days.</p>
      ) : (
        <ul className="rows" aria-label={`Next sessions of ${series.title}`}>
          {shown.map((o) => (
            <OccurrenceRow key={o.slot} groupId={groupId} series={series} occurrence={o} viewerZone={viewerZone} canEdit={canEdit} busy={busy} onAction={onAction} onMoved={onMoved} />
          ))}
        </ul>
      )}
      {more > 0 && <p className="muted">and {more === 1 ? '1 more session' : `${more} more sessions`} in the next 60 days.</p>}
    </section>
  );
}
