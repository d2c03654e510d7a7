import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor, type KeyLike } from '../../../client/core/shortcuts';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  target: { tagName: 'BODY' },
  ...extra,
});

describe('shortcutFor', () => {
  it('maps M and V (either case) to the mic and camera', () => {
    expect(shortcutFor(key('m'))).toBe('toggle-mic');
    expect(shortcutFor(key('M'))).toBe('toggle-mic');
    expect(shortcutFor(key('v'))).toBe('toggle-camera');
    expect(shortcutFor(key('x'))).toBeNull();
  });

  it('never fires while typing in a text field, textarea or editable element', () => {
    expect(shortcutFor(key('m', { target: { tagName: 'INPUT', type: 'text' } }))).toBeNull();
    expect(shortcutFor(key('m', { target: { tagName: 'input', type: '' } }))).toBeNull();
    expect(shortcutFor(key('v', { target: { tagName: 'TEXTAREA' } }))).toBeNull();
    expect(shortcutFor(key('v', { target: { tagName: 'DIV', isContentEditable: true } }))).toBeNull();
  });

  it('still fires on buttons and checkboxes', () => {
    expect(shortcutFor(key('m', { target: { tagName: 'BUTTON' } }))).toBe('toggle-mic');
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
  });

  it('ignores modified keys (browser shortcuts) and auto-repeat', () => {
    expect(shortcutFor(key('m', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('v', { metaKey: true }))).toBeNull();
    expect(shortcutFor(key('m', { repeat: true }))).toBeNull();
  });
});
