// A form's one announcement: why the submit failed. The live region is always in the page, so
// screen readers announce the message when it appears; it can take focus when no field is to blame.
import type { RefObject } from 'react';

export function FormAlert({ message, alertRef }: { message: string | null; alertRef?: RefObject<HTMLParagraphElement | null> }) {
  return (
    <p ref={alertRef} className={message ? 'error form-alert' : 'form-alert form-alert--empty'} role="alert" tabIndex={-1}>
      {message}
    </p>
  );
}
