// The top of every account, group and invite page: the brand (home) and where you can go from
// here, depending on who this browser is.
import { useState } from 'react';
import { useServices, useSession } from '../hooks/useServices';
import { AppLink } from './AppLink';

export function AccountHeader() {
  const { session, navigate } = useServices();
  const state = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const [failed, setFailed] = useState(false);
  const me = state.status === 'ready' ? state.me : null;

  const signOut = (): void => {
    setSigningOut(true);
    setFailed(false);
    session.signOut().then(
      () => navigate('/'),
      () => {
        setSigningOut(false);
        setFailed(true);
      },
    );
  };

  return (
    <header className="account-header">
      <AppLink to="/" className="brand brand--link">
        <span className="brand__mark" aria-hidden="true" />
        <span className="brand__name">Hearth</span>
        <span className="sr-only"> home</span>
      </AppLink>
      <nav aria-label="Account" className="account-header__nav">
        {me?.account && <AppLink to="/groups">My groups</AppLink>}
        {me && !me.account && me.groups.length > 0 && <AppLink to="/me">My groups</AppLink>}
        {me?.account ? (
          <button type="button" className="button button--quiet button--small" onClick={signOut} disabled={signingOut}>
            {signingOut ? 'Signing out…' : 'Sign out'}
          </button>
        ) : (
          me && <AppLink to="/signin">Sign in</AppLink>
        )}
      </nav>
      {failed && (
        <p className="error account-header__error" role="alert">
          We could not sign you out. Check your connection and try again.
        </p>
      )}
    </header>
  );
}
