// Writing a message: Enter sends, Shift+Enter starts a new line. A counter appears near the limit.
// "Send to" chooses everyone or only the facilitators (a private note).
import { useId, useRef, useState } from 'react';
import { MAX_CHAT_LENGTH } from '../../../shared/protocol';

export type Recipient = 'room' | 'facilitators';

interface Props {
  /** Resolves true when the message was sent. */
  send: (text: string, to: Recipient) => Promise<boolean>;
}

/** The counter shows from this many characters before the limit. */
const COUNTER_FROM = 100;

function counterText(length: number): string {
  const left = MAX_CHAT_LENGTH - length;
  if (left > COUNTER_FROM) return '';
  return left >= 0 ? `${left} characters left` : `${-left} characters too many`;
}

export function ChatComposer({ send }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [to, setTo] = useState<Recipient>('room');
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);

  const submit = async () => {
    const written = text;
    if (inFlight.current || written.trim() === '' || written.length > MAX_CHAT_LENGTH) return;
    inFlight.current = true;
    setSending(true);
    const sent = await send(written, to);
    inFlight.current = false;
    setSending(false);
    // Keep anything typed while it was on its way.
    if (sent) setText((current) => (current === written ? '' : current));
  };

  return (
    <form
      className="chat__composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset className="chat__to">
        <legend>Send to</legend>
        {(['room', 'facilitators'] as const).map((r) => (
          <label key={r} className="chat__choice">
            <input type="radio" name={`${id}-to`} value={r} checked={to === r} onChange={() => setTo(r)} />
            {r === 'room' ? 'Everyone' : 'Facilitators only'}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`}>Message</label>
      <textarea
        id={`${id}-text`}
        className="input chat__input"
        rows={2}
        value={text}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-invalid={text.length > MAX_CHAT_LENGTH || undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter while an input method is composing (Japanese, Chinese…) picks a candidate, not send.
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void submit();
          }
        }}
      />
      <div className="chat__composer-foot">
        <p id={`${id}-hint`} className="hint chat__hint">
          Enter sends, Shift+Enter starts a new line.
        </p>
        <p id={`${id}-count`} className={text.length > MAX_CHAT_LENGTH ? 'error chat__count' : 'hint chat__count'}>
          {counterText(text.length)}
        </p>
        <button type="submit" className="button button--small button--primary" aria-busy={sending || undefined}>
          {to === 'facilitators' ? 'Send to facilitators' : 'Send'}
        </button>
      </div>
    </form>
  );
}
