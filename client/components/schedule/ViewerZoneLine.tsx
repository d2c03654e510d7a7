// "Showing times in America/New_York (UTC-05:00) · Change": the zone every time on the page is
// shown in, and a way to pick another (remembered on this device only).
import { useEffect, useRef, useState } from 'react';
import { zoneLabel } from '../../core/schedule/zones';
import { ZonePicker } from './ZonePicker';

interface Props {
  zone: string;
  /** The zone came from the browser, not from the member's own choice. */
  detected: boolean;
  now: number;
  /** A zone, or null to follow the browser again. */
  onChange(zone: string | null): void;
}

export function ViewerZoneLine({ zone, detected, now, onChange }: Props) {
  const [editing, setEditing] = useState(false);
  const changeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    // Back to where the member started, so keyboard users do not lose their place.
    if (editing) document.getElementById('viewer-zone')?.focus();
    else if (returnFocus.current) changeRef.current?.focus();
    returnFocus.current = false;
  }, [editing]);
  const finish = (): void => {
    returnFocus.current = true;
    setEditing(false);
  };
  return (
    <div className="viewer-zone">
      <p className="viewer-zone__line">
        Showing times in <strong>{zoneLabel(zone, now)}</strong>
        {detected && <span className="muted"> (from this device)</span>}
        {!editing && (
          <>
            {' · '}
            <button ref={changeRef} type="button" className="button button--quiet button--small" aria-label={`Change time zone, now ${zone}`} onClick={() => setEditing(true)}>
              Change
            </button>
          </>
        )}
      </p>
      {editing && (
        <div className="viewer-zone__editor">
          <ZonePicker
            id="viewer-zone"
            label="Show times in"
            value={zone}
            hint="Type a city or region, for example “Lisbon” or “New York”. Saved on this device only."
            onChange={(next) => {
              onChange(next);
              finish();
            }}
          />
          <div className="actions">
            {!detected && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  onChange(null);
                  finish();
                }}
              >
                Use this device’s zone
              </button>
            )}
            <button type="button" className="button button--quiet button--small" onClick={finish}>
              Done
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
