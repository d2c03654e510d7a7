// Declining someone at the door, with an optional short note they will read (kind, not required).
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_DECLINE_MESSAGE } from '../../../shared/session';

interface Props {
  name: string;
  busy: boolean;
  onDecline: (message: string) => void;
  onCancel: () => void;
}

export function DeclineForm({ name, busy, onDecline, onCancel }: Props) {
  const [message, setMessage] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => field.current?.focus(), []);
  const left = MAX_DECLINE_MESSAGE - message.length;

  return (
    <form
      className="fac-decline"
      aria-label={`Decline ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) onDecline(message.trim());
      }}
    >
      <label htmlFor={id}>
        Message to {name} <span className="field__optional">(optional)</span>
      </label>
      <textarea
        ref={field}
        id={id}
        className="input"
        rows={2}
        maxLength={MAX_DECLINE_MESSAGE}
        value={message}
        aria-describedby={`${id}-count`}
        onChange={(e) => setMessage(e.target.value)}
      />
      <p id={`${id}-count`} className="hint">
        {left} characters left
      </p>
      <div className="actions">
        <button type="submit" className="button button--small button--danger-quiet" aria-disabled={busy || undefined}>
          Decline
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
