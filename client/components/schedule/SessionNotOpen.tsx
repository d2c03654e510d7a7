// The group's live room before it opens (or when no session is coming): a calm screen saying when
// it opens in the member's own time, with "Try again" that becomes active at that moment, instead
// of a refusal that reads like an error. Shown in place of the prejoin screen while the server
// answers the join token with `not_open` (client/core/schedule/notOpen.ts).
import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { groupIdOfRoomId } from '../../core/roomTarget';
import { createScheduleClock } from '../../core/schedule/clock';
import { realTimers } from '../../core/session/viewport';
import { openingTime } from '../../core/schedule/joinState';
import { notOpenRooms, type NotOpen } from '../../core/schedule/notOpen';
import { loadViewerZone } from '../../core/schedule/viewerZone';
import { ServicesContext } from '../../hooks/useServices';
import { useStore } from '../../hooks/useStore';

interface GateProps {
  /** The server's room id ('g-<groupId>' for a group's live session). */
  roomId: string;
  /** Ask again: a fresh session (and join token) for the same room. */
  onRetry(): void;
  onHome(): void;
  /** The screen is shown: nothing to preview while waiting, so the camera and mic can go off. */
  onWait(): void;
  children: ReactNode;
}

/** Renders `children` unless the room's last join-token request was refused as not open. */
export function NotOpenGate({ roomId, onRetry, onHome, onWait, children }: GateProps) {
  const reason = useStore(notOpenRooms)[roomId];
  if (!reason) return <>{children}</>;
  return <SessionNotOpen roomId={roomId} reason={reason} onRetry={onRetry} onHome={onHome} onWait={onWait} />;
}

function SessionNotOpen({ roomId, reason, onRetry, onHome, onWait }: { roomId: string; reason: NotOpen } & Omit<GateProps, 'roomId' | 'children'>) {
  const waitRef = useRef(onWait);
  useEffect(() => {
    waitRef.current();
  }, []);
  // The account pages inject time; outside them the browser clock will do.
  const services = useContext(ServicesContext);
  const [clock] = useState(() => {
    const c = createScheduleClock(services ? services.now : Date.now, realTimers);
    if (reason.kind === 'not_yet' && reason.serverNow) c.syncTo(reason.serverNow);
    return c;
  });
  const now = useStore(clock);
  const [zone] = useState(() => loadViewerZone().zone);
  // Busy until a new answer arrives: every refusal is a new `reason` object.
  const [retriedFor, setRetriedFor] = useState<NotOpen | null>(null);
  const retrying = retriedFor === reason;

  const groupId = groupIdOfRoomId(roomId);
  const opens = reason.kind === 'not_yet' ? openingTime(reason.opensAt, now, zone) : null;
  const ready = reason.kind === 'not_yet' && now >= Date.parse(reason.opensAt);

  return (
    <main className="page left session-not-open">
      <section className="card left__card">
        {reason.kind === 'closed' ? (
          <>
            <h1>The live room is closed</h1>
            <p className="lead">No session is on now or coming up. Your facilitator can tell you when the group meets next.</p>
          </>
        ) : (
          <>
            <h1>{ready ? 'The session is open' : 'This session has not opened yet'}</h1>
            <p className="lead">
              {ready
                ? 'You can go in now.'
                : opens
                  ? `This session opens at ${opens.time} your time${opens.day ? ` on ${opens.day}` : ''} (${opens.wait}).`
                  : 'This session opens shortly before it starts.'}
            </p>
            {!ready && <p className="muted">You can wait here: “Try again” becomes active when the room opens. Times are in {zone}.</p>}
          </>
        )}
        <p className="sr-only" role="status">
          {ready ? 'The session is open. You can try again now.' : ''}
        </p>
        <div className="left__actions">
          {reason.kind === 'not_yet' && (
            <button
              type="button"
              className="button button--primary"
              aria-disabled={!ready || retrying || undefined}
              aria-busy={retrying || undefined}
              onClick={() => {
                if (!ready || retrying) return;
                setRetriedFor(reason);
                onRetry();
              }}
            >
              {retrying ? 'Checking…' : 'Try again'}
            </button>
          )}
          {groupId ? (
            <a className={reason.kind === 'closed' ? 'button button--primary' : 'button'} href={`/groups/${groupId}`}>
              Back to the group
            </a>
          ) : (
            <button type="button" className="button" onClick={onHome}>
              Home
            </button>
          )}
        </div>
      </section>
    </main>
  );
}
