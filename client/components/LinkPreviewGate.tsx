// The loading and failure states of a page opened from a link (an invite, a guest link): a calm
// "this link doesn't work" for a dead link, a retry for anything else, then the page itself.
import type { ReactNode } from 'react';
import type { ClientApiErrorCode } from '../core/api/apiError';
import type { ResourceState } from '../core/api/resource';
import { LoadFailed } from './LoadStates';
import { PageHeading } from './PageHeading';
import { ResourceGate } from './ResourceGate';

interface Props<T> {
  state: ResourceState<T>;
  onRetry: () => void;
  /** What the page is, while it loads ("Invitation", "Guest link"). */
  loadingTitle: string;
  /** Codes meaning the link itself is dead (not a passing failure). */
  deadCodes: ReadonlySet<ClientApiErrorCode>;
  deadTitle: string;
  /** What else to say about a dead link, by its code. */
  deadHint: (code: ClientApiErrorCode) => ReactNode;
  failedTitle: string;
  children: (data: T) => ReactNode;
}

export function LinkPreviewGate<T>(p: Props<T>) {
  return (
    <ResourceGate
      state={p.state}
      loadingTitle={p.loadingTitle}
      failed={({ code, message }) =>
        p.deadCodes.has(code) ? (
          <section className="card">
            <PageHeading title={p.deadTitle} />
            <p className="lead">{message}</p>
            <p>{p.deadHint(code)}</p>
          </section>
        ) : (
          <LoadFailed title={p.failedTitle} message={message} onRetry={p.onRetry} />
        )
      }
    >
      {p.children}
    </ResourceGate>
  );
}
