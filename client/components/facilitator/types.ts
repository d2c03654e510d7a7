// What the panel's sections share: the action runner and the "are you sure?" step.
import type { PanelActions } from './usePanelActions';

/** Actions that cannot be undone ask first. */
export type Pending =
  | { kind: 'remove'; peerId: string; name: string }
  | { kind: 'handOver'; peerId: string; name: string }
  | { kind: 'muteAll' };

export interface PanelTools {
  run: PanelActions['run'];
  busy: boolean;
  confirm: (pending: Pending) => void;
}
