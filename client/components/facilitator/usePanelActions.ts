// Runs one facilitator action at a time and keeps the reason when it fails. One at a time, so a
// double press of "Next speaker" cannot skip two people; buttons stay focusable (aria-disabled),
// so focus never drops to the page while the server answers.
import { useCallback, useRef, useState } from 'react';
import type { SessionEventName } from '../../../shared/protocol';

export type Act = (event: SessionEventName, payload: object) => Promise<unknown>;

const FALLBACK = 'That did not work. Please try again.';

export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : FALLBACK;
}

export interface PanelActions {
  /** Null when it worked, else the reason to show. Null too (without sending) while another action runs. */
  perform: (event: SessionEventName, payload?: object) => Promise<string | null>;
  /** Like perform, but the reason goes to the panel's alert line. */
  run: (event: SessionEventName, payload?: object) => void;
  busy: boolean;
  error: string | null;
}

export function usePanelActions(act: Act): PanelActions {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  const perform = useCallback(
    async (event: SessionEventName, payload: object = {}): Promise<string | null> => {
      if (running.current) return null;
      running.current = true;
      setBusy(true);
      try {
        await act(event, payload);
        return null;
      } catch (e) {
        return messageOf(e);
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [act],
  );

  const run = useCallback(
    (event: SessionEventName, payload: object = {}) => {
      if (running.current) return;
      setError(null);
      void perform(event, payload).then((reason) => {
        if (reason) setError(reason);
      });
    },
    [perform],
  );

  return { perform, run, busy, error };
}
