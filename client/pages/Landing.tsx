// The front door: what Hearth is, the way into groups (setup, sign in, invites), and for signed-in
// organisers and facilitators an instant room to start or a room link to open.
import { useState, type FormEvent, type ReactNode } from 'react';
import { generateRoomId, parseRoomInput, roomLink, roomPath } from '../core/roomId';
import { Icon } from '../components/Icon';
import { PageHeading } from '../components/PageHeading';

interface Props {
  origin: string;
  navigate: (path: string) => void;
  copy: (text: string) => Promise<void>;
  /** Setup, sign-in and invite guidance, below the intro (see LandingAccount). */
  account?: ReactNode;
  /** Instant rooms are for signed-in accounts: only they see Start and the room-link form. */
  signedIn?: boolean;
}

export function Landing({ origin, navigate, copy, account, signedIn = false }: Props) {
  const [roomId, setRoomId] = useState<string | null>(null);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const link = roomId ? roomLink(roomId, origin) : null;

  const start = (): void => {
    setRoomId(generateRoomId());
    setCopied('idle');
  };
  const onCopy = (): void => {
    if (!link) return;
    copy(link).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  const onGo = (e: FormEvent): void => {
    e.preventDefault();
    const id = parseRoomInput(input);
    if (!id) {
      setInputError('That doesn’t look like a Hearth link or room code. A code looks like kfr-wqpz-mtd.');
      return;
    }
    navigate(roomPath(id));
  };

  return (
    <main className="page landing">
      <header className="brand">
        <span className="brand__mark" aria-hidden="true" />
        <span className="brand__name">Hearth</span>
      </header>
      <section className="card landing__intro">
        <PageHeading title="A quiet place to meet" />
        <p className="lead">
          Support groups meet here by video or voice. Members join by invitation under a name of their choosing: no account, no email, no real
          name.
        </p>
        {!signedIn ? null : !roomId ? (
          <button type="button" className="button button--primary" onClick={start}>
            Start an instant room
          </button>
        ) : (
          <div className="share">
            <label htmlFor="share-link">Share this link with your group</label>
            <div className="share__row">
              <input id="share-link" className="input" readOnly value={link ?? ''} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="button" onClick={onCopy}>
                <Icon name="copy" size={18} /> {copied === 'done' ? 'Copied' : 'Copy link'}
              </button>
            </div>
            <p className="hint" role="status">
              {copied === 'done' && 'Link copied. Signed-in organisers and facilitators can open it.'}
              {copied === 'failed' && 'Copying was blocked — select the link and copy it yourself.'}
            </p>
            <button type="button" className="button button--primary" onClick={() => navigate(roomPath(roomId))}>
              Open room
            </button>
          </div>
        )}
      </section>
      {account}
      {signedIn && (
        <section className="card">
          <h2>Have a link?</h2>
          <form className="join-form" onSubmit={onGo} noValidate>
            <label htmlFor="room-input">Room link or code</label>
            <div className="share__row">
              <input
                id="room-input"
                className="input"
                value={input}
                placeholder="kfr-wqpz-mtd"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={inputError ? true : undefined}
                aria-describedby={inputError ? 'room-input-error' : undefined}
                onChange={(e) => {
                  setInput(e.target.value);
                  setInputError(null);
                }}
              />
              <button type="submit" className="button">
                <Icon name="link" size={18} /> Go to room
              </button>
            </div>
            {inputError && (
              <p id="room-input-error" className="error" role="alert">
                {inputError}
              </p>
            )}
          </form>
        </section>
      )}
    </main>
  );
}
