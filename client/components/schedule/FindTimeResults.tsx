// The best slots for a new session: when, in the organiser's zone with its offset; how many can
// come; and each person's own clock time for it ("Sam: Tue 19:00 London"). "Schedule this" opens
// the schedule form with that start.
import { useState } from 'react';
import type { FindTimeResponse } from '../../../shared/api';
import { slotViews } from '../../core/schedule/findTime';
import { schedulePath } from '../../core/schedule/schedulePrefill';
import { AppLink } from '../AppLink';

interface Props {
  groupId: string;
  result: FindTimeResponse;
  viewerZone: string;
  durationMinutes: number;
}

/** The best few first: a long list of near-equal times helps nobody choose. */
const PAGE = 10;

export function FindTimeResults({ groupId, result, viewerZone, durationMinutes }: Props) {
  const slots = slotViews(result, viewerZone, durationMinutes);
  const [shown, setShown] = useState(PAGE);
  const shared = result.people.length;
  return (
    <section className="find-time-results" aria-labelledby="find-time-results-title">
      <h2 id="find-time-results-title">Best times</h2>
      <p role="status">
        {shared === 0
          ? 'Nobody has shared when they are free yet. Members can share it on this page.'
          : slots.length === 0
            ? `${shared === 1 ? '1 person has' : `${shared} people have`} shared when they are free, but no time in these days fits. Try other days, a shorter session or fewer people.`
            : `${slots.length === 1 ? '1 time' : `${slots.length} times`} found, from what ${shared === 1 ? '1 person' : `${shared} people`} shared.`}
      </p>
      {slots.length > 0 && (
        <ol className="rows find-time-results__list">
          {slots.slice(0, shown).map((slot) => (
            <li key={slot.start} className="row row--stacked find-time-slot">
              <div className="row__head">
                <h3 className="find-time-slot__when">{slot.when}</h3>
                <span className="badge badge--active">{slot.summary}</span>
              </div>
              <ul className="find-time-slot__people" aria-label="Who can attend, in their own time">
                {slot.attendees.map((a) => (
                  <li key={a.id}>
                    {a.name}: {a.local}
                  </li>
                ))}
              </ul>
              {slot.absent.length > 0 && <p className="row__meta muted">Not free: {slot.absent.join(', ')}</p>}
              <div className="actions">
                <AppLink to={schedulePath(groupId, slot.prefill)} className="button button--small">
                  Schedule this<span className="sr-only"> time: {slot.when}</span>
                </AppLink>
              </div>
            </li>
          ))}
        </ol>
      )}
      {slots.length > shown && (
        <div className="actions">
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, slots.length - shown)} more ({slots.length - shown} left)
          </button>
        </div>
      )}
    </section>
  );
}
