// One upcoming session of a series: when it is in the series' zone and in the viewer's, whether
// it was cancelled or moved, for organisers and facilitators Cancel / Restore / Move / Undo move,
// and for staff its planned breakouts (OccurrencePlanControl decides who sees what).
import { useEffect, useRef, useState } from 'react';
import type { SeriesView, UpcomingOccurrence } from '../../../shared/api';
import { dateLabel, localStartLabel, viewAt, whenIn } from '../../core/schedule/seriesText';
import { OccurrenceMoveForm } from './OccurrenceMoveForm';
import { OccurrencePlanControl } from './OccurrencePlanControl';

export type OccurrenceAction = 'cancel' | 'restore' | 'unmove';

interface Props {
  groupId: string;
  series: Pick<SeriesView, 'id' | 'schedule'>;
  occurrence: UpcomingOccurrence;
  viewerZone: string;
  canEdit: boolean;
  busy: boolean;
  onAction: (action: OccurrenceAction, occurrence: UpcomingOccurrence, label: string) => void;
  onMoved: (saved: SeriesView, label: string, start: string) => void;
}

/** Visible words plus the session they act on, for screen readers ("Cancel session on Tue 31 Mar 2026, 19:00"). */
function Named({ text, label, joiner = 'session on' }: { text: string; label: string; joiner?: string }) {
  return (
    <>
      {text}
      <span className="sr-only">
        {' '}
        {joiner} {label}
      </span>
    </>
  );
}

export function OccurrenceRow({ groupId, series, occurrence, viewerZone, canEdit, busy, onAction, onMoved }: Props) {
  const [moving, setMoving] = useState(false);
  const moveButton = useRef<HTMLButtonElement>(null);
  const closedMove = useRef(false);
  useEffect(() => {
    // Back to the Move button when its form closes, so keyboard users keep their place.
    if (!moving && closedMove.current) moveButton.current?.focus();
    closedMove.current = false;
  }, [moving]);
  const closeMove = (): void => {
    closedMove.current = true;
    setMoving(false);
  };
  const zone = occurrence.zone;
  const inSeries = viewAt(occurrence, zone);
  const inViewer = viewerZone === zone ? null : viewAt(occurrence, viewerZone);
  const label = inSeries ? `${dateLabel(inSeries.date)}, ${inSeries.time}` : localStartLabel(occurrence.slot);
  const state = occurrence.cancelled ? 'cancelled' : occurrence.moved ? 'moved' : 'planned';

  return (
    <li className={`row row--stacked occurrence occurrence--${state}`}>
      <div className="row__head">
        <span className="occurrence__when">{inSeries ? whenIn(inSeries, zone) : label}</span>
        {occurrence.cancelled && <span className="badge badge--cancelled">Cancelled</span>}
        {occurrence.moved && !occurrence.cancelled && <span className="badge badge--moved">Moved from {localStartLabel(occurrence.slot)}</span>}
      </div>
      {inViewer && <p className="row__meta muted">Your time: {whenIn(inViewer, viewerZone)}</p>}
      {canEdit && !moving && (
        <div className="actions occurrence__actions">
          {occurrence.cancelled ? (
            <button type="button" className="button button--small" disabled={busy} onClick={() => onAction('restore', occurrence, label)}>
              <Named text="Restore" label={label} />
            </button>
          ) : (
            <>
              <button type="button" className="button button--small" disabled={busy} onClick={() => onAction('cancel', occurrence, label)}>
                <Named text="Cancel" label={label} />
              </button>
              <button ref={moveButton} type="button" className="button button--small" disabled={busy} onClick={() => setMoving(true)}>
                <Named text="Move" label={label} />
              </button>
              {occurrence.moved && (
                <button type="button" className="button button--small" disabled={busy} onClick={() => onAction('unmove', occurrence, label)}>
                  <Named text="Undo move" joiner="of the session on" label={label} />
                </button>
              )}
            </>
          )}
        </div>
      )}
      {moving && (
        <OccurrenceMoveForm
          groupId={groupId}
          series={series}
          slot={occurrence.slot}
          current={{ date: inSeries?.date ?? occurrence.slot.slice(0, 10), time: inSeries?.time ?? occurrence.slot.slice(11, 16) }}
          label={label}
          onMoved={(saved, start) => {
            setMoving(false);
            onMoved(saved, label, start);
          }}
          onClose={closeMove}
        />
      )}
      {!occurrence.cancelled && <OccurrencePlanControl groupId={groupId} seriesId={series.id} slot={occurrence.slot} label={label} />}
    </li>
  );
}
