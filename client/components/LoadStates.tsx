// What a page shows while its data loads, and when it could not be loaded.
import { PageHeading } from './PageHeading';

export function Loading({ title }: { title: string }) {
  return (
    <section className="card" aria-busy="true">
      <PageHeading title={title} />
      <p className="muted" role="status">
        Loading…
      </p>
    </section>
  );
}

export function LoadFailed({ title, message, onRetry }: { title: string; message: string; onRetry?: () => void }) {
  return (
    <section className="card">
      <PageHeading title={title} />
      <p className="error" role="alert">
        {message}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}
