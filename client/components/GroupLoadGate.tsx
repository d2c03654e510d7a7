// The loading and failure states of a group's pages (the group, its schedule, "find a time"): a
// calm "sign in to see this" when the server does not know this browser, a retry for a passing
// failure (none for a group that is not there), then the page itself.
import type { ReactNode } from 'react';
import type { ResourceState } from '../core/api/resource';
import { signInPath } from '../core/router';
import { AppLink } from './AppLink';
import { LoadFailed } from './LoadStates';
import { PageHeading } from './PageHeading';
import { ResourceGate } from './ResourceGate';

interface Props<T> {
  state: ResourceState<T>;
  onRetry: () => void;
  /** What the page is, while it loads ("Schedule"). */
  loadingTitle: string;
  signInTitle: string;
  /** Where signing in leads back to. */
  path: string;
  failedTitle: string;
  /** Members have no password: name their ways back in (the invite link, a recovery code). */
  memberHelp?: boolean;
  children: (data: T) => ReactNode;
}

export function GroupLoadGate<T>(p: Props<T>) {
  return (
    <ResourceGate
      state={p.state}
      loadingTitle={p.loadingTitle}
      failed={({ code, message }) =>
        code === 'unauthenticated' ? (
          <section className="card">
            <PageHeading title={p.signInTitle} />
            {p.memberHelp && <p className="lead">Members: open your invite link again, or use your recovery code.</p>}
            <div className="actions">
              <AppLink to={signInPath(p.path)} className="button button--primary">
                Sign in
              </AppLink>
              {p.memberHelp && (
                <AppLink to="/me" className="button">
                  Use a recovery code
                </AppLink>
              )}
            </div>
          </section>
        ) : (
          <LoadFailed title={p.failedTitle} message={message} onRetry={code === 'not_found' ? undefined : p.onRetry} />
        )
      }
    >
      {p.children}
    </ResourceGate>
  );
}
