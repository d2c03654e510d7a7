// Renders the Breakouts panel with a recording `act` and a fixed server clock.
import { render } from '@testing-library/react';
import { vi, type Mock } from 'vitest';
import { BreakoutsPanel } from '../../../client/components/breakouts/BreakoutsPanel';
import { createStore } from '../../../client/core/store';
import type { SessionView } from '../../../shared/session';
import type { Send } from '../facilitator/harness';
import { NOW } from './views';

export function setupPanel(view: SessionView, send: Mock<Send> = vi.fn<Send>(() => Promise.resolve({}))) {
  const clock = createStore(NOW);
  const utils = render(<BreakoutsPanel view={view} selfId="robin" clock={clock} act={send} />);
  const show = (next: SessionView) => utils.rerender(<BreakoutsPanel view={next} selfId="robin" clock={clock} act={send} />);
  return { send, show, clock, ...utils };
}

/** A drag's data, shared by dragStart, dragOver and drop as a browser shares it (happy-dom's own does not carry across events). */
export function dragData() {
  const data = new Map<string, string>();
  return { dataTransfer: { setData: (format: string, value: string) => void data.set(format, value), getData: (format: string) => data.get(format) ?? '' } };
}
