// The messages, newest last. It follows new messages while the reader is at the bottom; after they
// scroll up to read, it stays put and offers a way back down instead of pulling them away.
import { useLayoutEffect, useRef, useState } from 'react';
import type { ChatMessage } from '../../../shared/protocol';
import { ChatMessageItem } from './ChatMessageItem';

interface Props {
  messages: ChatMessage[];
  selfId: string;
  canModerate: boolean;
  labelledBy: string;
  /** Resolves true when the message was deleted. */
  onDelete: (messageId: string) => Promise<boolean>;
}

/** Within this many pixels of the bottom counts as "at the bottom". */
const SLACK_PX = 48;

export function ChatLog({ messages, selfId, canModerate, labelledBy, onDelete }: Props) {
  const log = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const [unseen, setUnseen] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const last = messages.at(-1);

  const toBottom = () => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
    pinned.current = true;
    setUnseen(false);
  };

  // Once per newly arrived last message (not on deletions or re-renders), before paint, so it never jumps.
  useLayoutEffect(() => {
    if (!last) return;
    // One's own message always shows: they just sent it.
    if (pinned.current || last.from.peerId === selfId) toBottom();
    else setUnseen(true);
  }, [last?.messageId]); // eslint-disable-line react-hooks/exhaustive-deps

  const onScroll = () => {
    const el = log.current;
    if (!el) return;
    pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight <= SLACK_PX;
    if (pinned.current) setUnseen(false);
  };

  const remove = async (messageId: string) => {
    setDeleting(messageId);
    const done = await onDelete(messageId);
    setDeleting(null);
    // The message (and the button that had focus) goes: the log is a calm place to land.
    if (done) log.current?.focus();
  };

  return (
    <div className="chat__log-wrap">
      <div ref={log} className="chat__log" role="log" aria-live="polite" aria-labelledby={labelledBy} tabIndex={0} onScroll={onScroll}>
        {messages.length === 0 && <p className="muted chat__empty">No messages yet.</p>}
        {messages.map((m) => {
          const mine = m.from.peerId === selfId;
          return (
            <ChatMessageItem
              key={m.messageId}
              message={m}
              mine={mine}
              canDelete={canModerate || mine}
              deleting={deleting === m.messageId}
              onDelete={() => void remove(m.messageId)}
            />
          );
        })}
      </div>
      {unseen && (
        <button type="button" className="button button--small chat__newest" onClick={toBottom}>
          Show newest messages
        </button>
      )}
    </div>
  );
}
