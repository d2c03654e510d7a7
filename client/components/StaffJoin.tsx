// Accepting a facilitator or co-facilitator invite. Staff need an account: a signed-in person joins
// with theirs; anyone else signs in first or creates one here.
import { useState, type FormEvent } from 'react';
import type { InviteRole, MyGroupView } from '../../shared/api';
import { ROLE_LABELS } from '../core/api/labels';
import { signInPath } from '../core/router';
import { useServices, useSession } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';
import { AppLink } from './AppLink';
import { FormAlert } from './FormAlert';
import { CheckboxField, TextField } from './FormFields';
import { SubmitButton } from './SubmitButton';

interface Props {
  token: string;
  role: InviteRole;
  onJoined: (group: MyGroupView) => void;
}

export function StaffJoin({ token, role, onJoined }: Props) {
  const { api } = useServices();
  const state = useSession();
  const form = useSubmission();
  const [accepted, setAccepted] = useState(false);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = form.fieldErrors;
  const roleLabel = ROLE_LABELS[role].toLowerCase();

  if (state.status === 'loading') return <p className="muted">Checking whether you are signed in…</p>;
  const account = state.status === 'ready' ? state.me.account : null;

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    // `accepted` may be false: the schema then answers "accept the guidelines to join".
    const body = { acceptGuidelines: accepted as true, account: account ? null : { displayName, email, password } };
    void form.submission.run(() => api.call('acceptStaffInvite', { params: { token }, body })).then((answer) => answer && onJoined(answer.group));
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label={`Join as ${roleLabel}`}>
      {account ? (
        <p>
          You will join as <strong>{account.displayName}</strong> ({account.email}).
        </p>
      ) : (
        <>
          <p>
            A {roleLabel} needs a Hearth account. Already have one? <AppLink to={signInPath(`/invite/${encodeURIComponent(token)}`)}>Sign in first</AppLink>.
            Otherwise create your account here.
          </p>
          <TextField
            id="staff-name"
            label="Your name"
            value={displayName}
            onChange={form.bind('account.displayName', setDisplayName)}
            error={errors['account.displayName']}
            autoComplete="name"
            hint="Shown to the group’s members and staff."
          />
          <TextField id="staff-email" label="Email" type="email" value={email} onChange={form.bind('account.email', setEmail)} error={errors['account.email']} autoComplete="email" spellCheck={false} />
          <TextField
            id="staff-password"
            label="Password"
            type="password"
            value={password}
            onChange={form.bind('account.password', setPassword)}
            error={errors['account.password']}
            autoComplete="new-password"
            hint="At least 10 characters."
          />
        </>
      )}
      <CheckboxField id="staff-accept" label="I accept these guidelines" checked={accepted} onChange={form.bind('acceptGuidelines', setAccepted)} error={errors.acceptGuidelines} />
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <SubmitButton busy={form.busy} label={account ? `Join as ${roleLabel}` : `Create account and join`} busyLabel="Joining…" />
    </form>
  );
}
