// Before joining: check how you look and sound and pick devices. The name the room shows is the
// server's (your pseudonym in this group). Media is already connected in the background, so Join is quick.
import type { FormEvent } from 'react';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { DevicePickers } from '../components/DevicePickers';
import { DevicePreview } from '../components/DevicePreview';
import type { RoomSession } from '../core/session/roomSession';
import { useLocalMedia, useSessionState } from '../hooks/useRoom';

export function Prejoin({ session, onHome }: { session: RoomSession; onHome: () => void }) {
  const state = useSessionState(session);
  const local = useLocalMedia(session);
  const name = state.you?.displayName ?? '';
  const joining = state.phase === 'joining';

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    session.join();
  };

  return (
    <main className="page prejoin">
      <ConnectionBanner status={state.connection} onRetry={() => session.retry()} quietWhileConnecting />
      <section className="prejoin__preview" aria-label="Your preview">
        <DevicePreview session={session} name={name} />
      </section>
      <section className="card prejoin__form">
        <h1>Ready to join?</h1>
        <p className="muted">{state.roomTitle ?? '\u00a0'}</p>
        <form onSubmit={onSubmit} noValidate>
          <p className="prejoin__you" aria-live="polite">
            {state.you ? (
              <>
                You will appear as <strong>{state.you.displayName}</strong>, the name you chose for this group.
              </>
            ) : (
              'Checking your place in this session…'
            )}
          </p>
          <DevicePickers local={local} onSelect={(kind, id) => void session.selectDevice(kind, id)} />
          {state.notice && (
            <p className="error" role="alert">
              {state.notice}
            </p>
          )}
          <div className="prejoin__actions">
            <button type="submit" className="button button--primary" disabled={joining || !state.you}>
              {joining ? 'Joining…' : 'Join room'}
            </button>
            <button type="button" className="button button--quiet" onClick={onHome}>
              Back
            </button>
          </div>
          <p className="hint" aria-live="polite">
            {state.mediaReady ? 'Everything is ready.' : 'Getting your connection ready…'}
          </p>
        </form>
      </section>
    </main>
  );
}
