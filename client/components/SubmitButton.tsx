// A form's main button: says what is happening while the request runs, and cannot be pressed twice.
export function SubmitButton({ busy, label, busyLabel, quiet }: { busy: boolean; label: string; busyLabel: string; quiet?: boolean }) {
  return (
    <button type="submit" className={quiet ? 'button' : 'button button--primary'} disabled={busy} aria-busy={busy || undefined}>
      {busy ? busyLabel : label}
    </button>
  );
}
