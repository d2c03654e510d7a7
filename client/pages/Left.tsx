// After leaving: a gentle confirmation and two ways on. When the server ended the session (the
// member was removed from the group), it says so plainly and offers no Rejoin.
export function Left({ notice, onRejoin, onHome }: { notice: string | null; onRejoin: () => void; onHome: () => void }) {
  return (
    <main className="page left">
      <section className="card left__card">
        <h1>{notice ? 'You are no longer in this session' : 'You left the room'}</h1>
        {notice && (
          <p className="lead" role="alert">
            {notice}
          </p>
        )}
        <p className="lead">Your camera and microphone are off. Take care of yourself.</p>
        <div className="left__actions">
          {!notice && (
            <button type="button" className="button button--primary" onClick={onRejoin}>
              Rejoin
            </button>
          )}
          <button type="button" className={notice ? 'button button--primary' : 'button'} onClick={onHome}>
            Home
          </button>
        </div>
      </section>
    </main>
  );
}
