// A guest link to an instant room: no account, just a name to show. Continuing gives this browser a
// guest pass and opens the room, where the guest waits until the host lets them in.
import { useState, type FormEvent } from 'react';
import type { GuestLinkPreview } from '../../shared/api';
import { AccountLayout } from '../components/AccountLayout';
import { FormAlert } from '../components/FormAlert';
import { TextField } from '../components/FormFields';
import { LinkPreviewGate } from '../components/LinkPreviewGate';
import { PageHeading } from '../components/PageHeading';
import { SubmitButton } from '../components/SubmitButton';
import { TimeLabel } from '../components/TimeLabel';
import type { ClientApiErrorCode } from '../core/api/apiError';
import { useResource } from '../hooks/useResource';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';

const DEAD_LINK: ReadonlySet<ClientApiErrorCode> = new Set(['token_invalid', 'token_expired', 'not_found']);

export function GuestPage({ token }: { token: string }) {
  const { api } = useServices();
  const [state, resource] = useResource(() => api.call('previewGuestLink', { params: { token } }));

  return (
    <LinkPreviewGate
      state={state}
      onRetry={() => void resource.reload()}
      loadingTitle="Guest link"
      deadCodes={DEAD_LINK}
      deadTitle="This guest link doesn’t work"
      deadHint={(code) =>
        `${code === 'token_expired' ? 'Guest links only last a while, to keep rooms private.' : 'Check that you copied all of the link.'} The host can send you a new one.`
      }
      failedTitle="We couldn’t open this guest link"
    >
      {(preview) => <GuestJoin token={token} preview={preview} />}
    </LinkPreviewGate>
  );
}

function GuestJoin({ token, preview }: { token: string; preview: GuestLinkPreview }) {
  const { api, navigate, now } = useServices();
  const form = useSubmission();
  const [name, setName] = useState('');

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void form.submission
      .run(() => api.call('acceptGuestLink', { params: { token }, body: { displayName: name } }))
      .then((answer) => answer && navigate(`/r/${answer.roomId}`));
  };

  return (
    <AccountLayout>
      <section className="card">
        <PageHeading title="You’re invited to a Hearth room" />
        <p className="lead">You don’t need an account. Choose the name others will see, then wait a moment: the host will let you in.</p>
        <p className="hint">
          Room {preview.roomTitle} · This link expires <TimeLabel iso={preview.expiresAt} now={now()} />.
        </p>
        <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Join as a guest">
          <TextField
            id="guest-name"
            label="Name to show"
            value={name}
            onChange={form.bind('displayName', setName)}
            error={form.fieldErrors.displayName}
            autoComplete="off"
            maxLength={40}
            hint="Use any name you like. Nobody here needs your real name."
          />
          <FormAlert message={form.formError} alertRef={form.alertRef} />
          <SubmitButton busy={form.busy} label="Continue" busyLabel="Joining…" />
        </form>
      </section>
    </AccountLayout>
  );
}
