// A calm explanation when the mic or camera cannot be used, with what the member can still do.
import type { LocalSlot } from '../core/media/localMedia';

function sentence(device: 'microphone' | 'camera', slot: LocalSlot): string | null {
  if (slot.type !== 'placeholder') return null;
  switch (slot.reason) {
    case 'denied':
      return `Your browser isn't letting Hearth use your ${device}. That's okay — you can join without it, and allow it later in your browser's site settings.`;
    case 'no-device':
      return `We couldn't find a ${device}. You can still join and listen${device === 'camera' ? ' and talk' : ''}.`;
    case 'in-use':
      return `Your ${device} seems busy in another app. Close that app and turn it on again, or join without it.`;
    case 'error':
      return `Your ${device} didn't start. You can still join without it.`;
    default:
      return null;
  }
}

export function DeviceNotice({ mic, camera }: { mic: LocalSlot; camera: LocalSlot }) {
  const lines = [sentence('microphone', mic), sentence('camera', camera)].filter((s): s is string => s !== null);
  if (lines.length === 0) return null;
  return (
    <div className="notice" role="note">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
