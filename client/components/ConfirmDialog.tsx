// "Are you sure?" for actions that cannot be undone (remove someone, revoke a link, leave a group).
// A native modal <dialog>: the browser keeps focus inside and Escape cancels. Focus starts on
// Cancel, the safe choice, and goes back to the button that opened it.
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { FormAlert } from './FormAlert';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: string | null;
  /** Takes focus when confirming failed, so the reason is read out. */
  alertRef?: RefObject<HTMLParagraphElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, children, confirmLabel, busyLabel, busy, error, alertRef, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      // The opener may be gone (the row was removed): then the page heading is a calm place to land.
      const back = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>('h1[tabindex="-1"]');
      back?.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        // Escape while the request runs: stay, so its outcome is seen.
        if (busy) e.preventDefault();
      }}
      onClose={() => {
        // Closed by the browser (Escape): tell the page, so its state agrees with the element.
        if (open) onCancel();
      }}
    >
      {open && (
        <div className="dialog__content">
          <h2 id={`${id}-title`}>{title}</h2>
          <div id={`${id}-body`} className="dialog__body">
            {children}
          </div>
          <FormAlert message={error} alertRef={alertRef} />
          <div className="dialog__actions">
            <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={busy}>
              Cancel
            </button>
            <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
              {busy ? busyLabel : confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
