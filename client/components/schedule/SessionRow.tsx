// One upcoming session as the member reads it: when, in their own zone and offset; the organiser's
// clock alongside; and plain words for anything unusual (cancelled, moved, clocks changing).
import type { UpcomingRow } from '../../core/schedule/upcoming';
import { utcLabel } from '../../core/schedule/format';

export function SessionRow({ row, open }: { row: UpcomingRow; open: boolean }) {
  const { viewer, organiser } = row;
  const when = (
    <>
      <time dateTime={row.start}>
        {viewer.dateLabel}, {viewer.time}
      </time>
      {viewer.endTime && <span className="session__end">–{viewer.endTime}</span>}
    </>
  );
  return (
    <li className={row.cancelled ? 'session session--cancelled' : 'session'} data-slot={row.slot}>
      <div className="session__head">
        <p className="session__when">
          {row.cancelled ? <s>{when}</s> : when} <span className="session__zone">(your time, {utcLabel(viewer.utcOffset)})</span>
        </p>
        <div className="session__badges">
          {row.cancelled && <span className="badge badge--cancelled">Cancelled</span>}
          {!row.cancelled && open && <span className="badge badge--active">Open now</span>}
          {row.moved && row.movedFrom && <span className="badge badge--moved">Moved from {row.movedFrom}</span>}
          {row.moved && !row.movedFrom && <span className="badge badge--moved">Moved</span>}
        </div>
      </div>
      {organiser && (
        <p className="session__organiser muted">
          {organiser.time} in {organiser.place}
          {organiser.date !== viewer.date && `, ${organiser.dateLabel}`} <span className="session__zone">({utcLabel(organiser.utcOffset)})</span>
        </p>
      )}
      {row.timeChange && !row.cancelled && (
        <p className="session__notice">
          <strong>Clocks change:</strong> this session is at {viewer.time} your time, {row.timeChange.amount} {row.timeChange.direction} than usual.
        </p>
      )}
    </li>
  );
}
