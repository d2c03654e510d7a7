// Labelled form controls with their hint and error tied to them (aria-describedby), so a screen
// reader hears what is wrong when focus lands on the field after a failed submit.
import type { ReactNode } from 'react';

interface Common {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Shown after the label, so people know they may leave it empty. */
  optional?: boolean;
}

/** The ids of the hint and error paragraphs a control points at with aria-describedby. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The hint and error paragraphs a control points at with aria-describedby. */
export function FieldNote({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error field__error">
          {error}
        </p>
      )}
    </>
  );
}

function Label({ id, label, optional }: Pick<Common, 'id' | 'label' | 'optional'>) {
  return (
    <label htmlFor={id}>
      {label}
      {optional && <span className="field__optional"> (optional)</span>}
    </label>
  );
}

interface TextFieldProps extends Common {
  value: string;
  onChange: (value: string) => void;
  /** 'date' and 'time' are the native pickers ('YYYY-MM-DD', 'HH:mm'): what phones and screen readers handle best. */
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'time';
  /** The earliest date a date input offers. */
  min?: string;
  autoComplete?: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  inputMode?: 'text' | 'numeric' | 'email';
  spellCheck?: boolean;
}

export function TextField({ id, label, error, hint, optional, value, onChange, type = 'text', multiline, rows = 4, ...rest }: TextFieldProps) {
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error) } as const;
  return (
    <div className="field">
      <Label id={id} label={label} optional={optional} />
      {multiline ? (
        <textarea id={id} className="input input--multiline" rows={rows} value={value} onChange={(e) => onChange(e.target.value)} {...aria} {...rest} />
      ) : (
        <input id={id} className="input" type={type} value={value} onChange={(e) => onChange(e.target.value)} {...aria} {...rest} />
      )}
      <FieldNote id={id} hint={hint} error={error} />
    </div>
  );
}

interface SelectFieldProps<V extends string> extends Common {
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({ id, label, error, hint, optional, value, options, onChange }: SelectFieldProps<V>) {
  return (
    <div className="field">
      <Label id={id} label={label} optional={optional} />
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNote id={id} hint={hint} error={error} />
    </div>
  );
}

interface CheckboxFieldProps extends Omit<Common, 'optional'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ id, label, error, hint, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="field field--checkbox">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldNote id={id} hint={hint} error={error} />
    </div>
  );
}
