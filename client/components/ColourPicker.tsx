// An optional avatar colour: a radio group of calm swatches, each named for screen readers, plus
// "No preference". Arrow keys move between them like any radio group.
import { PALETTE } from '../core/api/palette';

export function ColourPicker({ name, value, onChange }: { name: string; value: string | null; onChange: (value: string | null) => void }) {
  return (
    <fieldset className="field colour-picker">
      <legend>
        Avatar colour <span className="field__optional">(optional)</span>
      </legend>
      <p className="hint">Shown behind your initials when your camera is off.</p>
      <div className="colour-picker__options">
        <label className="swatch-option">
          <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
          <span className="swatch swatch--none" aria-hidden="true" />
          <span className="swatch-option__name">No preference</span>
        </label>
        {PALETTE.map((colour) => (
          <label key={colour.value} className="swatch-option">
            <input type="radio" name={name} value={colour.value} checked={value === colour.value} onChange={() => onChange(colour.value)} />
            <span className="swatch" data-colour={colour.value} aria-hidden="true" />
            <span className="swatch-option__name">{colour.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
