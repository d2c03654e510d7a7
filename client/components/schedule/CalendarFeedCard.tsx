// "Subscribe in your calendar": a private address per member that calendar apps poll for the
// group's schedule, so moves and cancellations reach the member's own calendar. Create, copy, and
// turn off (asks first). What it reveals is said plainly: anyone with it sees when the group meets.
// The server can show the address again at any time (it derives the token), so there is no
// "copy it now or lose it" step.
import { useState } from 'react';
import type { CalendarFeedView } from '../../../shared/api';
import { webcalAddress } from '../../core/schedule/calendarFeed';
import { useResource } from '../../hooks/useResource';
import { useServices } from '../../hooks/useServices';
import { useSubmission } from '../../hooks/useSubmission';
import { ConfirmDialog } from '../ConfirmDialog';
import { CopyField } from '../CopyField';
import { FormAlert } from '../FormAlert';
import { TimeLabel } from '../TimeLabel';

export function CalendarFeedCard({ groupId, onAnnounce }: { groupId: string; onAnnounce(message: string): void }) {
  const { api, now } = useServices();
  const params = { groupId };
  const [state, resource] = useResource(() => api.call('getCalendarFeed', { params }));
  // What the last create or revoke left, shown at once (undefined: nothing changed here yet).
  const [changed, setChanged] = useState<CalendarFeedView | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const create = useSubmission();
  const revoke = useSubmission();

  const onCreate = (): void => {
    void create.submission.run(() => api.call('createCalendarFeed', { params })).then((feed) => {
      if (!feed) return;
      setChanged(feed);
      onAnnounce('Your calendar address is ready. Copy it into your calendar app.');
    });
  };

  const onRevoke = (): void => {
    void revoke.submission
      .run(async () => {
        await api.call('revokeCalendarFeed', { params });
        return true;
      })
      .then((done) => {
        if (!done) return;
        setConfirming(false);
        setChanged(null);
        onAnnounce('Your calendar address was turned off. Calendars using it stop updating.');
      });
  };

  const feed = changed !== undefined ? changed : state.status === 'ready' ? state.data.feed : null;
  const known = changed !== undefined || state.status === 'ready';
  const webcal = feed ? webcalAddress(feed.url) : null;

  return (
    <section className="card calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">Subscribe in your calendar</h2>
      <p className="muted">
        Your calendar app can follow this group’s sessions and update itself when one is moved or cancelled. The address is private to you: anyone who has it can see
        when this group meets (not who is in it), so keep it to yourself. You can turn it off at any time.
      </p>
      {!known && state.status === 'loading' && <p className="muted">Loading…</p>}
      {!known && state.status === 'failed' && (
        <div>
          <p className="error">{state.message}</p>
          <button type="button" className="button button--small" onClick={() => void resource.reload()}>
            Try again
          </button>
        </div>
      )}
      {known && !feed && (
        <div className="actions">
          <FormAlert message={create.formError} alertRef={create.alertRef} />
          <button type="button" className="button button--primary" onClick={onCreate} disabled={create.busy} aria-busy={create.busy || undefined}>
            {create.busy ? 'Creating…' : 'Create my calendar address'}
          </button>
        </div>
      )}
      {feed && (
        <div className="calendar-feed__address">
          <CopyField
            id="calendar-feed-url"
            label="Your private calendar address"
            value={feed.url}
            copyLabel="Copy address"
            copiedNote="Copied. Paste it where your calendar app asks for a calendar “from URL”."
            mono
          />
          {webcal && (
            <p>
              <a href={webcal}>Open in your calendar app</a>
            </p>
          )}
          <p className="hint">
            Created <TimeLabel iso={feed.createdAt} now={now()} />
          </p>
          <div className="actions">
            <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
              Turn off this address
            </button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Turn off your calendar address?"
        confirmLabel="Turn off"
        busyLabel="Turning off…"
        busy={revoke.busy}
        error={revoke.formError}
        alertRef={revoke.alertRef}
        onConfirm={onRevoke}
        onCancel={() => {
          setConfirming(false);
          revoke.submission.reset();
        }}
      >
        <p>It stops working at once, and calendars that use it stop updating. You can make a new address later.</p>
      </ConfirmDialog>
    </section>
  );
}
