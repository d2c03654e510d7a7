// A new group: name, focus, description, the guidelines members accept, and the default settings
// of its live sessions. The caller becomes its organiser.
import { useState, type FormEvent } from 'react';
import { FOCUSES, type Focus, type MyGroupView } from '../../shared/api';
import { FOCUS_LABELS } from '../core/api/labels';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';
import { FormAlert } from './FormAlert';
import { CheckboxField, SelectField, TextField } from './FormFields';
import { SubmitButton } from './SubmitButton';

const FOCUS_OPTIONS: ReadonlyArray<{ value: Focus | ''; label: string }> = [
  { value: '', label: 'Choose a focus' },
  ...FOCUSES.map((f) => ({ value: f, label: FOCUS_LABELS[f] })),
];

const TURN_OPTIONS = [60, 120, 180, 300, 600].map((s) => ({ value: String(s), label: `${s / 60} ${s === 60 ? 'minute' : 'minutes'}` }));

export function CreateGroupForm({ onCreated }: { onCreated: (group: MyGroupView) => void }) {
  const { api } = useServices();
  const form = useSubmission();
  const [name, setName] = useState('');
  const [focus, setFocus] = useState<Focus | ''>('');
  const [description, setDescription] = useState('');
  const [guidelines, setGuidelines] = useState('');
  const [waitingRoom, setWaitingRoom] = useState(true);
  const [talkingStick, setTalkingStick] = useState(false);
  const [turn, setTurn] = useState('120');
  const errors = form.fieldErrors;

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void form.submission
      .run(() =>
        api.call('createGroup', {
          // The empty focus is sent as is: the schema turns it into "choose one of the options".
          body: { name, focus: focus as Focus, description, guidelines, settings: { waitingRoom, talkingStick, turnSeconds: Number(turn) } },
        }),
      )
      .then((group) => group && onCreated(group));
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="create-group-title">
      <h2 id="create-group-title">Create a group</h2>
      <TextField id="group-name" label="Group name" value={name} onChange={form.bind('name', setName)} error={errors.name} maxLength={80} />
      <SelectField id="group-focus" label="Focus" value={focus} options={FOCUS_OPTIONS} onChange={form.bind('focus', setFocus)} error={errors.focus} />
      <TextField
        id="group-description"
        label="Description"
        optional
        multiline
        rows={3}
        value={description}
        onChange={form.bind('description', setDescription)}
        error={errors.description}
        hint="Who the group is for and when it meets. Shown on the invite page."
      />
      <TextField
        id="group-guidelines"
        label="Community guidelines"
        multiline
        rows={6}
        value={guidelines}
        onChange={form.bind('guidelines', setGuidelines)}
        error={errors.guidelines}
        hint="Everyone reads and accepts these before joining. For example: what is shared here stays here; speak from your own experience."
      />
      <fieldset className="field">
        <legend>Live sessions</legend>
        <CheckboxField
          id="group-waiting-room"
          label="Waiting room"
          checked={waitingRoom}
          onChange={form.bind('settings.waitingRoom', setWaitingRoom)}
          error={errors['settings.waitingRoom']}
          hint="People wait until a facilitator lets them in."
        />
        <CheckboxField
          id="group-talking-stick"
          label="Talking stick"
          checked={talkingStick}
          onChange={form.bind('settings.talkingStick', setTalkingStick)}
          error={errors['settings.talkingStick']}
          hint="One person speaks at a time, in turns."
        />
        <SelectField id="group-turn" label="Length of one turn" value={turn} options={TURN_OPTIONS} onChange={form.bind('settings.turnSeconds', setTurn)} error={errors['settings.turnSeconds']} />
      </fieldset>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <SubmitButton busy={form.busy} label="Create group" busyLabel="Creating group…" />
    </form>
  );
}
