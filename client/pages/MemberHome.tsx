// A member's home: the groups this browser belongs to, under which name, with the way into each
// live session; and rejoining with a recovery code.
import { AccountLayout } from '../components/AccountLayout';
import { AppLink } from '../components/AppLink';
import { LoadFailed, Loading } from '../components/LoadStates';
import { PageHeading } from '../components/PageHeading';
import { RecoverForm } from '../components/RecoverForm';
import { FOCUS_LABELS, ROLE_LABELS } from '../core/api/labels';
import { useServices, useSession } from '../hooks/useServices';

export function MemberHome() {
  const { session } = useServices();
  const state = useSession();

  if (state.status === 'loading') {
    return (
      <AccountLayout>
        <Loading title="My groups" />
      </AccountLayout>
    );
  }
  if (state.status === 'failed') {
    return (
      <AccountLayout>
        <LoadFailed title="My groups" message={state.message} onRetry={() => void session.refresh()} />
      </AccountLayout>
    );
  }
  const { groups } = state.me;
  return (
    <AccountLayout>
      <section className="card">
        <PageHeading title="My groups" />
        {groups.length === 0 ? (
          <p className="lead">You haven’t joined a group on this device yet. Open the invite link your facilitator sent you, or use a recovery code below.</p>
        ) : (
          <ul className="rows">
            {groups.map((group) => (
              <li key={group.id} className="row row--stacked">
                <div className="row__head">
                  <AppLink to={`/groups/${group.id}`} className="row__title">
                    {group.name}
                  </AppLink>
                  <span className="muted">{FOCUS_LABELS[group.focus]}</span>
                </div>
                <p className="muted row__meta">
                  {group.myPseudonym ? (
                    <>
                      You are <strong className="text">{group.myPseudonym}</strong> here · {ROLE_LABELS[group.myRole]}
                    </>
                  ) : (
                    ROLE_LABELS[group.myRole]
                  )}
                </p>
                <div className="actions">
                  <AppLink to={`/g/${group.id}`} className="button button--primary button--small">
                    Join live session<span className="sr-only"> of {group.name}</span>
                  </AppLink>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <RecoverForm />
      </section>
    </AccountLayout>
  );
}
