// A horizontal level bar for "can they hear me?". The numbers are for sighted reassurance;
// screen readers get a simple statement instead of a value changing ten times a second.
export function MicMeter({ level, active }: { level: number; active: boolean }) {
  return (
    <div className="meter" aria-hidden="true">
      <div className="meter__fill" style={{ transform: `scaleX(${active ? level : 0})` }} />
    </div>
  );
}
