// Tells the member what the connection is doing, in plain words, with Retry when we gave up.
import type { ConnectionStatus } from '../core/session/types';

interface Props {
  status: ConnectionStatus;
  onRetry: () => void;
  /** The initial "connecting" is quiet on the prejoin screen; it is shown inline there. */
  quietWhileConnecting?: boolean;
}

export function ConnectionBanner({ status, onRetry, quietWhileConnecting = false }: Props) {
  if (status.type === 'connected' || (status.type === 'connecting' && quietWhileConnecting)) {
    return <div className="sr-only" role="status" data-connection={status.type} />;
  }
  return (
    <div className={`banner banner--${status.type}`} role="status" data-connection={status.type}>
      {status.type === 'connecting' && <span>Connecting…</span>}
      {status.type === 'reconnecting' && <span>Connection dropped. Reconnecting — you're still in the room.</span>}
      {status.type === 'refused' && (
        <span>
          {capitalise(status.message)} <a href="/me">Go to your groups</a>
        </span>
      )}
      {status.type === 'failed' && (
        <>
          <span>{status.message} Your camera and microphone are not being shared.</span>
          <button type="button" className="button button--small" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </div>
  );
}

function capitalise(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
