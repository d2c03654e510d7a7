// A short message to every breakout room at once (it shows there as "From <name>: …").
import { useId, useState } from 'react';
import { FormAlert } from '../FormAlert';
import type { PanelActions } from '../facilitator/usePanelActions';
import { MAX_BROADCAST } from './labels';

export function BroadcastForm({ actions }: { actions: PanelActions }) {
  const id = useId();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const text = message.trim();
  const send = async () => {
    if (!text || actions.busy) return;
    setError(null);
    const reason = await actions.perform('breakout:broadcast', { message: text });
    if (reason) setError(reason);
    else setMessage('');
  };
  return (
    <form
      className="bo-broadcast"
      aria-label="Message every room"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <label htmlFor={id}>Message to every room</label>
      <textarea id={id} className="input" rows={2} maxLength={MAX_BROADCAST} value={message} onChange={(e) => setMessage(e.target.value)} />
      <FormAlert message={error} />
      <button type="submit" className="button button--small" aria-disabled={!text || actions.busy || undefined}>
        Send to every room
      </button>
    </form>
  );
}
