// The next sessions of the rule being edited, before it is saved: in the series' zone and in the
// viewer's, with a flag where the viewer's clock time changes (a daylight-saving date that differs
// between the two places). Or the reason the rule does not work, and where.
import type { Preview } from '../../core/schedule/seriesPreview';
import { PREVIEW_COUNT } from '../../core/schedule/seriesPreview';
import { dateLabel } from '../../core/schedule/seriesText';
import { zoneLabel } from '../../core/schedule/zones';
import type { OccurrenceView } from '../../../shared/schedule';

/** The form's words for the fields a rule problem can concern. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  'schedule.zone': 'Time zone',
  'schedule.start': 'First session',
  'schedule.durationMinutes': 'Length',
  'schedule.until': 'Last date',
  'schedule.count': 'Number of sessions',
  'schedule.repeat': 'Repeat',
  'schedule.repeat.weekdays': 'Days',
  'schedule.repeat.monthDay': 'Day of the month',
  'schedule.repeat.interval': 'Repeat',
};

interface Props {
  preview: Preview;
  seriesZone: string;
  viewerZone: string;
  now: number;
}

function Cell({ view }: { view: OccurrenceView }) {
  return (
    <>
      {dateLabel(view.date)}, {view.time} <span className="muted">(UTC{view.utcOffset})</span>
    </>
  );
}

export function SeriesPreview({ preview, seriesZone, viewerZone, now }: Props) {
  const both = viewerZone !== seriesZone;
  const problem =
    preview.kind === 'incomplete'
      ? 'The preview appears once the first date, time, length and repeat are filled in.'
      : preview.kind === 'invalid'
        ? `${FIELD_LABELS[preview.field] ?? 'Repeat'}: ${preview.message}`
        : null;
  const rows = preview.kind === 'rows' ? preview.rows : [];
  return (
    <section className="series-preview" aria-labelledby="series-preview-title">
      <h3 id="series-preview-title">Preview: the next {PREVIEW_COUNT} sessions</h3>
      {/* Only the problem is live: re-reading six rows on every keystroke would drown the form. */}
      <p role="status" className={problem ? 'error series-preview__problem' : 'sr-only'}>
        {problem}
      </p>
      {preview.kind === 'rows' && rows.length === 0 && <p className="muted">No session of this rule starts after now.</p>}
      {rows.length > 0 && (
        <table className="series-preview__table">
          <thead>
            <tr>
              <th scope="col">{zoneLabel(seriesZone, now)}</th>
              {both && <th scope="col">Your time: {zoneLabel(viewerZone, now)}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slot}>
                <td>
                  <Cell view={row.inSeries} />
                </td>
                {both && (
                  <td>
                    <Cell view={row.inViewer} />
                    {row.inViewer.timeChanged && <span className="badge series-preview__changed"> Your clock time changes</span>}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
