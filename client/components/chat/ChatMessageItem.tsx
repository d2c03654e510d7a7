// One chat line: who, when, to whom, and the text exactly as written. Text is a React text node,
// never HTML, and links are not fetched or previewed: a URL stays plain text.
import type { ChatMessage } from '../../../shared/protocol';
import { clockTime } from './clockTime';

interface Props {
  message: ChatMessage;
  mine: boolean;
  canDelete: boolean;
  deleting: boolean;
  onDelete: () => void;
}

export function ChatMessageItem({ message, mine, canDelete, deleting, onDelete }: Props) {
  const toFacilitators = message.to === 'facilitators';
  return (
    <div className={`chat__message${toFacilitators ? ' chat__message--private' : ''}${mine ? ' chat__message--mine' : ''}`}>
      <div className="chat__meta">
        <span className="chat__sender">{mine ? 'You' : message.from.displayName}</span>
        <time className="muted" dateTime={new Date(message.sentAt).toISOString()}>
          {clockTime(message.sentAt)}
        </time>
        {toFacilitators && <span className="badge chat__private">To facilitators</span>}
        {canDelete && (
          <button
            type="button"
            className="button button--small button--quiet chat__delete"
            aria-label={`Delete message from ${message.from.displayName}`}
            aria-disabled={deleting || undefined}
            onClick={() => {
              if (!deleting) onDelete();
            }}
          >
            Delete
          </button>
        )}
      </div>
      <p className="chat__text">{message.text}</p>
    </div>
  );
}
