// The session's short-lived notice (muted by the facilitator, a refused control, a call for help
// with its "Go to …" button). The live region is always in the page so screen readers announce each new text.
import type { Toast as ToastModel } from '../../core/session/types';

interface Props {
  toast: ToastModel | null;
  onDismiss: () => void;
  onAction?: () => void;
}

export function Toast({ toast, onDismiss, onAction }: Props) {
  return (
    <div className={toast ? 'toast' : 'toast toast--empty'}>
      <p role="status" className="toast__text">
        {toast?.text}
      </p>
      {toast?.action && onAction && (
        <button type="button" className="button button--small button--primary" onClick={onAction}>
          {toast.action.label}
        </button>
      )}
      {toast && (
        <button type="button" className="button button--small button--quiet" onClick={onDismiss} aria-label="Dismiss notice">
          ×
        </button>
      )}
    </div>
  );
}
