// The state of one form's submit: busy, per-field errors and a form-level message. Plain TS, so
// the rules (no double submit, which error goes where) are tested without rendering.
import { createStore, type ReadableStore } from '../store';
import { ApiError, describeApiError, type FieldErrors } from './apiError';

export interface SubmissionState {
  busy: boolean;
  fieldErrors: FieldErrors;
  /** For the form's alert: a server or network problem, or a pointer to the fields. */
  formError: string | null;
  /** Counts failed attempts, so the view can move focus once per failure. */
  failures: number;
}

export interface Submission extends ReadableStore<SubmissionState> {
  /** Runs `task` unless one is already running. Resolves with its result, or undefined on failure. */
  run<T>(task: () => Promise<T>): Promise<T | undefined>;
  /** The person edited a field: its error is out of date. */
  clearField(name: string): void;
  /** Shows a problem found by the view itself (a field the schema cannot see). */
  fail(fieldErrors: FieldErrors): void;
  /** Forgets errors (a dialog was cancelled). */
  reset(): void;
}

const IDLE: SubmissionState = { busy: false, fieldErrors: {}, formError: null, failures: 0 };

export function fieldsMessage(count: number): string {
  return count === 1 ? 'Please check the highlighted field.' : `Please check the ${count} highlighted fields.`;
}

export function createSubmission(): Submission {
  const store = createStore<SubmissionState>(IDLE);

  const fail = (fieldErrors: FieldErrors, formError: string | null): void => {
    const count = Object.keys(fieldErrors).length;
    store.update((s) => ({ busy: false, fieldErrors, formError: formError ?? fieldsMessage(count), failures: s.failures + 1 }));
  };

  return {
    get: store.get,
    subscribe: store.subscribe,
    async run(task) {
      if (store.get().busy) return undefined;
      store.update((s) => ({ ...s, busy: true, formError: null }));
      try {
        const result = await task();
        store.update((s) => ({ ...IDLE, failures: s.failures }));
        return result;
      } catch (error) {
        const fields = error instanceof ApiError ? error.fields : {};
        const named = Object.fromEntries(Object.entries(fields).filter(([key]) => key !== ''));
        // A root-level schema problem has no field to sit next to: it goes to the alert.
        const rootProblem = fields[''] ?? null;
        if (Object.keys(named).length > 0) fail(named, rootProblem);
        else fail({}, rootProblem ?? describeApiError(error));
        return undefined;
      }
    },
    clearField(name) {
      const { fieldErrors } = store.get();
      if (!(name in fieldErrors)) return;
      const rest = { ...fieldErrors };
      delete rest[name];
      store.update((s) => ({ ...s, fieldErrors: rest, formError: Object.keys(rest).length > 0 ? fieldsMessage(Object.keys(rest).length) : null }));
    },
    fail: (fieldErrors) => fail(fieldErrors, null),
    reset() {
      if (!store.get().busy) store.update((s) => ({ ...IDLE, failures: s.failures }));
    },
  };
}
