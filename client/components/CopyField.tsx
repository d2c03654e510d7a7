// Something to copy (an invite link, a recovery code): shown in full so it can also be selected by
// hand when the clipboard is blocked, with a Copy button that says whether it worked.
import { useState } from 'react';
import { useServices } from '../hooks/useServices';
import { Icon } from './Icon';

interface Props {
  id: string;
  label: string;
  value: string;
  /** What was copied, for the button's accessible name when several are on one page. */
  copyLabel?: string;
  /** Shown after a successful copy. */
  copiedNote?: string;
  mono?: boolean;
  /** The label is for screen readers only, when the surrounding row already says what this is. */
  quietLabel?: boolean;
}

export function CopyField({ id, label, value, copyLabel = 'Copy', copiedNote = 'Copied.', mono, quietLabel }: Props) {
  const { copy } = useServices();
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const onCopy = (): void => {
    copy(value).then(
      () => setState('done'),
      () => setState('failed'),
    );
  };
  return (
    <div className="copy-field">
      <label htmlFor={id} className={quietLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <div className="share__row">
        <input id={id} className={mono ? 'input input--mono' : 'input'} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={onCopy}>
          <Icon name="copy" size={18} /> {state === 'done' ? 'Copied' : copyLabel}
        </button>
      </div>
      <p className="hint" role="status">
        {state === 'done' && copiedNote}
        {state === 'failed' && 'Copying was blocked. Select the text above and copy it yourself.'}
      </p>
    </div>
  );
}
