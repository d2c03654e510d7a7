// The session chat: messages (kept in memory for this session only), a composer, and deletion for
// facilitators (and for one's own messages). Presentational: the session core sends and deletes.
import { useCallback, useId, useState } from 'react';
import type { ChatMessage } from '../../../shared/protocol';
import { messageOf } from '../facilitator/usePanelActions';
import { FormAlert } from '../FormAlert';
import { ChatComposer, type Recipient } from './ChatComposer';
import { ChatLog } from './ChatLog';

interface Props {
  messages: ChatMessage[];
  selfId: string;
  canModerate: boolean;
  send: (text: string, to: Recipient) => Promise<unknown>;
  remove: (messageId: string) => Promise<unknown>;
}

export function ChatPanel({ messages, selfId, canModerate, send, remove }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  /** Runs a request; a refusal shows in the panel's alert line. */
  const attempt = useCallback(async (request: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await request();
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  }, []);

  return (
    <section className="chat" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Chat</h2>
      <p className="hint chat__note">Messages last only for this session.</p>
      <ChatLog
        messages={messages}
        selfId={selfId}
        canModerate={canModerate}
        labelledBy={`${id}-title`}
        onDelete={(messageId) => attempt(() => remove(messageId))}
      />
      <FormAlert message={error} />
      <ChatComposer send={(text, to) => attempt(() => send(text, to))} />
    </section>
  );
}
