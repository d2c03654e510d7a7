// After leaving: a gentle confirmation and two ways on.
export function Left({ onRejoin, onHome }: { onRejoin: () => void; onHome: () => void }) {
  return (
    <main className="page left">
      <section className="card left__card">
        <h1>You left the room</h1>
        <p className="lead">Your camera and microphone are off. Take care of yourself.</p>
        <div className="left__actions">
          <button type="button" className="button button--primary" onClick={onRejoin}>
            Rejoin
          </button>
          <button type="button" className="button" onClick={onHome}>
            Home
          </button>
        </div>
      </section>
    </main>
  );
}
