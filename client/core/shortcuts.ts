// Keyboard shortcuts: M toggles the microphone, V the camera, H raises or lowers the hand. They must
// never fire while someone types (a name, a chat message), or "Mmm" would unmute a member without
// them noticing.

export type ShortcutAction = 'toggle-mic' | 'toggle-camera' | 'toggle-hand';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat: boolean;
  target: unknown;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', '']);

/** True when focus is somewhere a key press means typing. */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const el = target as { tagName?: unknown; isContentEditable?: unknown; type?: unknown };
  if (el.isContentEditable === true) return true;
  const tag = typeof el.tagName === 'string' ? el.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has(typeof el.type === 'string' ? el.type.toLowerCase() : '');
  return false;
}

export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key.toLowerCase()) {
    case 'm':
      return 'toggle-mic';
    case 'v':
      return 'toggle-camera';
    case 'h':
      return 'toggle-hand';
    default:
      return null;
  }
}
