// The landing page's way into groups: "set up Hearth" on a fresh install, otherwise sign-in for
// staff and what to do with an invite link.
import { useServices, useSession } from '../hooks/useServices';
import { useResource } from '../hooks/useResource';
import { AppLink } from './AppLink';

export function LandingAccount() {
  const { api } = useServices();
  const [setup] = useResource(() => api.call('setupStatus'));
  const session = useSession();
  const me = session.status === 'ready' ? session.me : null;

  if (setup.status === 'loading') return null;
  if (setup.status === 'ready' && setup.data.needsSetup) {
    return (
      <section className="card card--highlight" aria-labelledby="setup-title">
        <h2 id="setup-title">Welcome to your new Hearth</h2>
        <p>No organiser account exists yet. Create the first one to start running groups.</p>
        <AppLink to="/setup" className="button button--primary">
          Set up Hearth
        </AppLink>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="groups-title">
      <h2 id="groups-title">Support groups</h2>
      <div className="landing__groups">
        <div>
          <h3>I have an invite link</h3>
          <p className="muted">
            Open the link your facilitator sent you, in this browser. You’ll read the group’s guidelines and choose the name others see. No account needed.
          </p>
          <p>
            <AppLink to="/me">{me && me.groups.length > 0 ? 'Go to my groups' : 'Joined before? Use a recovery code'}</AppLink>
          </p>
        </div>
        <div>
          <h3>I run a group</h3>
          {me?.account ? (
            <>
              <p className="muted">Signed in as {me.account.displayName}.</p>
              <AppLink to="/groups" className="button">
                Your groups
              </AppLink>
            </>
          ) : (
            <>
              <p className="muted">Organisers and facilitators sign in to manage groups and invites.</p>
              <AppLink to="/signin" className="button">
                Sign in
              </AppLink>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
