// Sign-in for organisers and facilitators. Members have no password: they come back through
// their invite link or a recovery code, which this page points to.
import { useState, type FormEvent } from 'react';
import { AccountLayout } from '../components/AccountLayout';
import { AppLink } from '../components/AppLink';
import { FormAlert } from '../components/FormAlert';
import { TextField } from '../components/FormFields';
import { PageHeading } from '../components/PageHeading';
import { SubmitButton } from '../components/SubmitButton';
import { useServices, useSession } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';

export function SignIn({ next }: { next: string | null }) {
  const { api, session, navigate } = useServices();
  const state = useSession();
  const form = useSubmission();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const account = state.status === 'ready' ? state.me.account : null;

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void form.submission
      .run(async () => {
        await api.call('login', { body: { email, password } });
        await session.refresh();
        return true;
      })
      .then((done) => done && navigate(next ?? '/groups'));
  };

  return (
    <AccountLayout>
      <section className="card">
        <PageHeading title="Sign in" />
        <p className="lead">For organisers and facilitators.</p>
        {account && (
          <p className="notice">
            You are signed in as {account.displayName}. <AppLink to={next ?? '/groups'}>Continue</AppLink>
          </p>
        )}
        <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Sign in">
          <TextField id="signin-email" label="Email" type="email" value={email} onChange={form.bind('email', setEmail)} error={form.fieldErrors.email} autoComplete="email" spellCheck={false} />
          <TextField
            id="signin-password"
            label="Password"
            type="password"
            value={password}
            onChange={form.bind('password', setPassword)}
            error={form.fieldErrors.password}
            autoComplete="current-password"
          />
          <FormAlert message={form.formError} alertRef={form.alertRef} />
          <SubmitButton busy={form.busy} label="Sign in" busyLabel="Signing in…" />
        </form>
      </section>
      <section className="card">
        <h2>Coming to a group as a member?</h2>
        <p>
          Members don’t need an account. Open the invite link your facilitator gave you. Joined before on another device? <AppLink to="/me">Use your recovery code</AppLink>.
        </p>
      </section>
    </AccountLayout>
  );
}
