// For the host of an instant room: make a guest link to share. Guests choose a name, need no
// account, and wait in the waiting room until the host admits them.
import { useState } from 'react';
import type { GuestLinkView } from '../../shared/api';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';
import { CopyField } from './CopyField';
import { FormAlert } from './FormAlert';
import { TimeLabel } from './TimeLabel';

export function GuestLinkPanel({ roomId }: { roomId: string }) {
  const { api, now } = useServices();
  const form = useSubmission();
  const [link, setLink] = useState<GuestLinkView | null>(null);

  const create = (): void => {
    void form.submission.run(() => api.call('createGuestLink', { params: { roomId }, body: {} })).then((made) => made && setLink(made));
  };

  return (
    <section className="guest-links" aria-labelledby="guest-links-title">
      <h2 id="guest-links-title">Guest links</h2>
      <p className="hint">Guests need no account. They choose a name and wait in the waiting room until you admit them.</p>
      {link && (
        <>
          <CopyField id="guest-link" label="Guest link" value={link.url} copyLabel="Copy link" copiedNote="Link copied. Guests will wait until you admit them." />
          <p className="hint">
            This link expires <TimeLabel iso={link.expiresAt} now={now()} />.
          </p>
        </>
      )}
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <button type="button" className={link ? 'button' : 'button button--primary'} onClick={create} disabled={form.busy} aria-busy={form.busy || undefined}>
        {form.busy ? 'Creating…' : link ? 'Create another guest link' : 'Create a guest link'}
      </button>
    </section>
  );
}
