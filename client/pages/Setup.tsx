// First run: create the first organiser account. Only offered while the server says no account
// exists; afterwards the page points to sign-in.
import { useState, type FormEvent } from 'react';
import { AccountLayout } from '../components/AccountLayout';
import { AppLink } from '../components/AppLink';
import { FormAlert } from '../components/FormAlert';
import { TextField } from '../components/FormFields';
import { LoadFailed, Loading } from '../components/LoadStates';
import { PageHeading } from '../components/PageHeading';
import { SubmitButton } from '../components/SubmitButton';
import { useResource } from '../hooks/useResource';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';

export function Setup() {
  const { api } = useServices();
  const [status, resource] = useResource(() => api.call('setupStatus'));

  return (
    <AccountLayout>
      {status.status === 'loading' && <Loading title="Set up Hearth" />}
      {status.status === 'failed' && <LoadFailed title="Set up Hearth" message={status.message} onRetry={() => void resource.reload()} />}
      {status.status === 'ready' && !status.data.needsSetup && (
        <section className="card">
          <PageHeading title="Hearth is already set up" />
          <p className="lead">An organiser account exists. Organisers and facilitators sign in; members join with an invite link.</p>
          <AppLink to="/signin" className="button button--primary">
            Sign in
          </AppLink>
        </section>
      )}
      {status.status === 'ready' && status.data.needsSetup && <SetupForm />}
    </AccountLayout>
  );
}

function SetupForm() {
  const { api, session, navigate } = useServices();
  const form = useSubmission();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = form.fieldErrors;

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void form.submission
      .run(async () => {
        await api.call('setup', { body: { displayName, email, password } });
        await session.refresh();
        return true;
      })
      .then((done) => done && navigate('/groups'));
  };

  return (
    <section className="card">
      <PageHeading title="Set up Hearth" />
      <p className="lead">Create the first organiser account. Organisers create groups and invite facilitators and members.</p>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="setup-form-title">
        <h2 id="setup-form-title" className="sr-only">
          Organiser account
        </h2>
        <TextField
          id="setup-name"
          label="Your name"
          value={displayName}
          onChange={form.bind('displayName', setDisplayName)}
          error={errors.displayName}
          autoComplete="name"
          hint="Shown to the people you run groups with. Members never need a real name."
        />
        <TextField id="setup-email" label="Email" type="email" value={email} onChange={form.bind('email', setEmail)} error={errors.email} autoComplete="email" spellCheck={false} />
        <TextField
          id="setup-password"
          label="Password"
          type="password"
          value={password}
          onChange={form.bind('password', setPassword)}
          error={errors.password}
          autoComplete="new-password"
          hint="At least 10 characters. A few unrelated words are easy to remember and hard to guess."
        />
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        <SubmitButton busy={form.busy} label="Create organiser account" busyLabel="Creating account…" />
      </form>
    </section>
  );
}
