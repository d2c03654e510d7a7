// Microphone and camera selects. Labels are empty until the browser grants access, so the
// core fills in "Microphone 1" etc.
import type { DeviceKind, LocalMediaState } from '../core/media/localMedia';

interface Props {
  local: LocalMediaState;
  onSelect: (kind: DeviceKind, deviceId: string) => void;
}

function Picker({ kind, label, local, onSelect }: Props & { kind: DeviceKind; label: string }) {
  const options = local.devices[kind];
  const id = `device-${kind}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={local.selected[kind] ?? ''}
        disabled={options.length === 0}
        onChange={(e) => onSelect(kind, e.target.value)}
      >
        {options.length === 0 && <option value="">None found</option>}
        {local.selected[kind] === null && options.length > 0 && <option value="">Default</option>}
        {options.map((d) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DevicePickers({ local, onSelect }: Props) {
  return (
    <div className="device-pickers">
      <Picker kind="mic" label="Microphone" local={local} onSelect={onSelect} />
      <Picker kind="camera" label="Camera" local={local} onSelect={onSelect} />
    </div>
  );
}
