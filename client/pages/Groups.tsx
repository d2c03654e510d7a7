// The dashboard of an organiser or facilitator: their groups, and a form to create one.
import { AccountLayout } from '../components/AccountLayout';
import { AppLink } from '../components/AppLink';
import { CreateGroupForm } from '../components/CreateGroupForm';
import { LoadFailed, Loading } from '../components/LoadStates';
import { PageHeading } from '../components/PageHeading';
import { FOCUS_LABELS, ROLE_LABELS } from '../core/api/labels';
import { signInPath } from '../core/router';
import { useServices, useSession } from '../hooks/useServices';

export function Groups() {
  const { session, navigate } = useServices();
  const state = useSession();

  if (state.status === 'loading') return (
      <AccountLayout>
        <Loading title="Your groups" />
      </AccountLayout>
    );
  if (state.status === 'failed') {
    return (
      <AccountLayout>
        <LoadFailed title="Your groups" message={state.message} onRetry={() => void session.refresh()} />
      </AccountLayout>
    );
  }
  const { account, groups } = state.me;
  if (!account) {
    return (
      <AccountLayout>
        <section className="card">
          <PageHeading title="Sign in to see your groups" />
          <p className="lead">This page is for organisers and facilitators.</p>
          <div className="actions">
            <AppLink to={signInPath('/groups')} className="button button--primary">
              Sign in
            </AppLink>
            {groups.length > 0 && (
              <AppLink to="/me" className="button">
                My groups as a member
              </AppLink>
            )}
          </div>
        </section>
      </AccountLayout>
    );
  }

  return (
    <AccountLayout>
      <section className="card">
        <PageHeading title="Your groups" />
        <p className="muted">Signed in as {account.displayName}.</p>
        {groups.length === 0 ? (
          <p>You are not in any group yet.{account.canCreateGroups ? ' Create one below.' : ' An organiser can invite you to one.'}</p>
        ) : (
          <ul className="group-list">
            {groups.map((group) => (
              <li key={group.id} className="group-list__item">
                <AppLink to={`/groups/${group.id}`} className="group-list__name">
                  {group.name}
                </AppLink>
                <span className="muted">
                  {FOCUS_LABELS[group.focus]} · {ROLE_LABELS[group.myRole]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {account.canCreateGroups && (
        <section className="card">
          <CreateGroupForm
            onCreated={(group) => {
              void session.refresh();
              navigate(`/groups/${group.id}`);
            }}
          />
        </section>
      )}
    </AccountLayout>
  );
}
