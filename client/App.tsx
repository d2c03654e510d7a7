// The tiny router: `/` is the landing page, `/r/<roomId>` a room.
import { useCallback } from 'react';
import { useApp, useCurrentSession, useRoute } from './hooks/useApp';
import { Landing } from './pages/Landing';
import { RoomPage } from './pages/RoomPage';

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function App() {
  const app = useApp();
  const route = useRoute();
  const session = useCurrentSession();
  const home = useCallback(() => app.router.navigate('/'), [app]);

  if (route.name === 'room' && session) {
    return <RoomPage key={`${session.roomId}`} session={session} onRejoin={() => app.rejoin()} onHome={home} />;
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
  return <Landing origin={window.location.origin} navigate={(p) => app.router.navigate(p)} copy={copyText} />;
}
