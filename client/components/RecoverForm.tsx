// Rejoining on another device: type the recovery code shown when you first joined.
import { useState, type FormEvent } from 'react';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';
import { FormAlert } from './FormAlert';
import { TextField } from './FormFields';
import { SubmitButton } from './SubmitButton';

export function RecoverForm() {
  const { api, session } = useServices();
  const form = useSubmission();
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    setDone(false);
    void form.submission
      .run(async () => {
        await api.call('recover', { body: { recoveryCode: code } });
        await session.refresh();
        return true;
      })
      .then((ok) => {
        if (!ok) return;
        setCode('');
        setDone(true);
      });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="recover-title">
      <h2 id="recover-title">Use a recovery code</h2>
      <p className="muted">Joined on another device? The code you saved then brings you back under the same name.</p>
      <TextField
        id="recovery-code-input"
        label="Recovery code"
        value={code}
        onChange={form.bind('recoveryCode', setCode)}
        error={form.fieldErrors.recoveryCode}
        autoComplete="off"
        spellCheck={false}
      />
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <SubmitButton busy={form.busy} label="Rejoin" busyLabel="Checking code…" />
      <p className="hint" role="status">
        {done && 'Welcome back. Your group is in the list above again.'}
      </p>
    </form>
  );
}
