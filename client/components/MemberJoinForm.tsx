// Joining a group as a member: accept the guidelines, pick a pseudonym and, if you like, a colour.
// No email, no real name, no password.
import { useState, type FormEvent } from 'react';
import type { AcceptInviteResponse } from '../../shared/api';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';
import { ColourPicker } from './ColourPicker';
import { FormAlert } from './FormAlert';
import { CheckboxField, TextField } from './FormFields';
import { SubmitButton } from './SubmitButton';

export function MemberJoinForm({ token, onJoined }: { token: string; onJoined: (answer: AcceptInviteResponse) => void }) {
  const { api } = useServices();
  const form = useSubmission();
  const [accepted, setAccepted] = useState(false);
  const [pseudonym, setPseudonym] = useState('');
  const [colour, setColour] = useState<string | null>(null);
  const errors = form.fieldErrors;

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    // `accepted` may be false: the schema then answers "accept the guidelines to join".
    const body = { pseudonym, avatarColour: colour, acceptGuidelines: accepted as true };
    void form.submission.run(() => api.call('acceptMemberInvite', { params: { token }, body })).then((answer) => answer && onJoined(answer));
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Join as a member">
      <CheckboxField id="join-accept" label="I accept these guidelines" checked={accepted} onChange={form.bind('acceptGuidelines', setAccepted)} error={errors.acceptGuidelines} />
      <TextField
        id="join-pseudonym"
        label="Your name in this group"
        value={pseudonym}
        onChange={form.bind('pseudonym', setPseudonym)}
        error={errors.pseudonym}
        autoComplete="off"
        maxLength={40}
        hint="Use any name you like. Nobody here needs your real name."
      />
      <ColourPicker name="join-colour" value={colour} onChange={form.bind('avatarColour', setColour)} />
      {errors.avatarColour && <p className="error">{errors.avatarColour}</p>}
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <SubmitButton busy={form.busy} label="Join" busyLabel="Joining…" />
    </form>
  );
}
