// The session's short-lived notice (muted by the facilitator, a refused control). The live region
// is always in the page so screen readers announce each new text.
import type { Toast as ToastModel } from '../../core/session/types';

export function Toast({ toast, onDismiss }: { toast: ToastModel | null; onDismiss: () => void }) {
  return (
    <div className={toast ? 'toast' : 'toast toast--empty'}>
      <p role="status" className="toast__text">
        {toast?.text}
      </p>
      {toast && (
        <button type="button" className="button button--small button--quiet" onClick={onDismiss} aria-label="Dismiss notice">
          ×
        </button>
      )}
    </div>
  );
}
