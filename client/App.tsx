// The tiny router: `/` is the landing page, `/r/<roomId>` and `/g/<groupId>` a room; the account,
// group, invite and guest pages get the REST services through ServicesContext (rooms too, for
// panels that call the API, such as a host's guest links).
import { useCallback, useState } from 'react';
import { LandingAccount } from './components/LandingAccount';
import { createBrowserServices, type Services } from './core/api/services';
import { useApp, useCurrentSession, useRoute } from './hooks/useApp';
import { ServicesContext, useSession } from './hooks/useServices';
import { FindTimePage } from './pages/FindTimePage';
import { GroupPage } from './pages/GroupPage';
import { Groups } from './pages/Groups';
import { GuestPage } from './pages/GuestPage';
import { InvitePage } from './pages/InvitePage';
import { Landing } from './pages/Landing';
import { MemberHome } from './pages/MemberHome';
import { RoomPage } from './pages/RoomPage';
import { SchedulePage } from './pages/SchedulePage';
import { Setup } from './pages/Setup';
import { SignIn } from './pages/SignIn';
// app.css first (main.tsx imports it too, after App): account.css builds on and overrides it.
import './styles/app.css';
import './styles/account.css';
import './styles/facilitator.css';
import './styles/chat.css';
import './styles/session.css';
import './styles/breakouts.css';
import './styles/schedule.css';

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function App({ services: given }: { services?: Services } = {}) {
  const app = useApp();
  const route = useRoute();
  const session = useCurrentSession();
  const home = useCallback(() => app.router.navigate('/'), [app]);
  const [services] = useState(() => given ?? createBrowserServices((path, options) => app.router.navigate(path, options)));

  // A room: an instant room (/r/<id>) or a group's live session (/g/<groupId>). Anyone may open an
  // instant room's address: the server decides (an account is its host, a guest pass a guest).
  if ((route.name === 'room' || route.name === 'group-session') && session) {
    return (
      <ServicesContext.Provider value={services}>
        <RoomPage key={`${session.roomId}`} session={session} onRejoin={() => app.rejoin()} onHome={home} />
      </ServicesContext.Provider>
    );
  }
  if (route.name === 'not-found') {
    return (
      <main className="page left">
        <section className="card left__card">
          <h1>We couldn’t find that page</h1>
          <p className="lead">Room links look like {window.location.origin}/r/kfr-wqpz-mtd.</p>
          <button type="button" className="button button--primary" onClick={home}>
            Home
          </button>
        </section>
      </main>
    );
  }
  return (
    <ServicesContext.Provider value={services}>
      {accountPage(route) ?? <Home navigate={(p) => app.router.navigate(p)} />}
    </ServicesContext.Provider>
  );
}

function Home({ navigate }: { navigate: (path: string) => void }) {
  const session = useSession();
  const signedIn = session.status === 'ready' && session.me.account !== null;
  return <Landing origin={window.location.origin} navigate={navigate} copy={copyText} account={<LandingAccount />} signedIn={signedIn} />;
}

/** Pages are keyed by their ids, so each id gets fresh page state (and a fresh load). */
function accountPage(route: ReturnType<typeof useRoute>) {
  switch (route.name) {
    case 'setup':
      return <Setup />;
    case 'signin':
      return <SignIn key={route.next ?? ''} next={route.next} />;
    case 'groups':
      return <Groups />;
    case 'group':
      return <GroupPage key={route.groupId} groupId={route.groupId} />;
    case 'group-schedule':
      // A different "Schedule this" start is a fresh form.
      return <SchedulePage key={`${route.groupId}:${route.prefill?.start ?? ''}`} groupId={route.groupId} prefill={route.prefill} />;
    case 'group-find-time':
      return <FindTimePage key={route.groupId} groupId={route.groupId} />;
    case 'invite':
      return <InvitePage key={route.token} token={route.token} />;
    case 'guest':
      return <GuestPage key={route.token} token={route.token} />;
    case 'member-home':
      return <MemberHome />;
    default:
      return null;
  }
}
