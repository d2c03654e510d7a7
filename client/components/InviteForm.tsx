// Create an invite link: for whom (role), how long it works, how many times, and a private note.
// The new link is shown right away, ready to copy.
import { useState, type FormEvent } from 'react';
import type { InviteRole, InviteView } from '../../shared/api';
import { ROLE_LABELS } from '../core/api/labels';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';
import { CopyField } from './CopyField';
import { FormAlert } from './FormAlert';
import { SelectField, TextField } from './FormFields';
import { SubmitButton } from './SubmitButton';

const EXPIRY_OPTIONS = [
  { value: '1', label: '1 hour' },
  { value: '24', label: '1 day' },
  { value: '72', label: '3 days' },
  { value: '168', label: '7 days' },
  { value: '720', label: '30 days' },
  { value: '2160', label: '90 days' },
] as const;

/** '' → no limit; anything else goes to the schema as a number, which explains what is wrong. */
export function parseMaxUses(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

interface Props {
  groupId: string;
  roles: readonly InviteRole[];
  onCreated: (invite: InviteView) => void;
}

export function InviteForm({ groupId, roles, onCreated }: Props) {
  const { api } = useServices();
  const form = useSubmission();
  const [role, setRole] = useState<InviteRole>(roles[0] ?? 'member');
  const [expiry, setExpiry] = useState('168');
  const [maxUses, setMaxUses] = useState('');
  const [note, setNote] = useState('');
  const [created, setCreated] = useState<InviteView | null>(null);
  const errors = form.fieldErrors;

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    setCreated(null);
    const body = { role, expiresInHours: Number(expiry), maxUses: parseMaxUses(maxUses), note: note.trim() === '' ? null : note };
    void form.submission
      .run(() => api.call('createInvite', { params: { groupId }, body }))
      .then((invite) => {
        if (!invite) return;
        setCreated(invite);
        setMaxUses('');
        setNote('');
        onCreated(invite);
      });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="invite-form-title" className="invite-form">
      <h3 id="invite-form-title">Create an invite link</h3>
      <div className="form-grid">
        <SelectField
          id="invite-role"
          label="Invite as"
          value={role}
          options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          onChange={form.bind('role', setRole)}
          error={errors.role}
        />
        <SelectField id="invite-expiry" label="Link works for" value={expiry} options={EXPIRY_OPTIONS} onChange={form.bind('expiresInHours', setExpiry)} error={errors.expiresInHours} />
        <TextField
          id="invite-max-uses"
          label="Maximum uses"
          optional
          inputMode="numeric"
          value={maxUses}
          onChange={form.bind('maxUses', setMaxUses)}
          error={errors.maxUses}
          hint="Leave empty for no limit."
        />
        <TextField id="invite-note" label="Note" optional value={note} onChange={form.bind('note', setNote)} error={errors.note} maxLength={120} hint="Only staff see it, for example who the link is for." />
      </div>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <SubmitButton busy={form.busy} label="Create invite link" busyLabel="Creating link…" />
      {created && (
        <div className="notice created-invite">
          <p role="status">Invite link created. It works until it expires, is used up or you revoke it.</p>
          <CopyField id="created-invite-link" label="New invite link" value={created.url} copyLabel="Copy link" copiedNote="Link copied. Share it only with the person or group it is for." />
        </div>
      )}
    </form>
  );
}
