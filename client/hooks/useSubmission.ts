// One form's submit state, plus the focus rule: after a failed submit, focus goes to the first
// invalid field, or to the form's alert when no field is to blame.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createSubmission, type Submission, type SubmissionState } from '../core/api/submission';
import { useStore } from './useStore';

export interface SubmissionView extends SubmissionState {
  submission: Submission;
  formRef: RefObject<HTMLFormElement | null>;
  alertRef: RefObject<HTMLParagraphElement | null>;
  /** An onChange that also clears the field's now out-of-date error. */
  bind<V>(name: string, set: (value: V) => void): (value: V) => void;
}

export function useSubmission(): SubmissionView {
  const [submission] = useState(createSubmission);
  const state = useStore(submission);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.failures === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
    // Keyed on the failure count only: later edits must not pull focus back.
  }, [state.failures]);

  const bind = useCallback(
    <V,>(name: string, set: (value: V) => void) =>
      (value: V) => {
        set(value);
        submission.clearField(name);
      },
    [submission],
  );

  return { ...state, submission, formRef, alertRef, bind };
}
