// The Breakouts control's icon: small circles around a larger one. Decorative, like Icon.
export function BreakoutsIcon({ size = 22 }: { size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="3.2" />
      <circle cx="5" cy="5.5" r="2.2" />
      <circle cx="19" cy="5.5" r="2.2" />
      <circle cx="5" cy="18.5" r="2.2" />
      <circle cx="19" cy="18.5" r="2.2" />
    </svg>
  );
}
