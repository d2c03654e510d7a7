// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RoomControls } from '../../../client/components/session/RoomControls';
import { Tile } from '../../../client/components/Tile';
import type { TileModel } from '../../../client/core/session/tiles';
import { fakeTrack } from '../fakes';
import { installMediaStubs } from '../dom';

beforeAll(installMediaStubs);
afterEach(cleanup);

const base: TileModel = {
  key: 'sam',
  peerId: 'sam',
  displayName: 'Sam Vries',
  label: 'Sam Vries',
  isSelf: false,
  video: { type: 'placeholder', reason: 'camera-off' },
  audio: null,
  micOff: false,
  speaking: false,
};

describe('Tile', () => {
  it('is a group named after the participant, with initials when the camera is off', () => {
    render(<Tile tile={base} level={0} />);
    const tile = screen.getByRole('group', { name: 'Sam Vries' });
    expect(tile.textContent).toContain('SV');
    expect(within(tile).queryByRole('img', { name: 'microphone off' })).toBeNull();
  });

  it('shows a named muted indicator and a speaking highlight', () => {
    render(<Tile tile={{ ...base, micOff: true, speaking: true }} level={0.5} />);
    const tile = screen.getByRole('group', { name: 'Sam Vries' });
    expect(within(tile).getByRole('img', { name: 'microphone off' })).toBeTruthy();
    expect(tile.className).toContain('tile--speaking');
    expect(tile.style.getPropertyValue('--level')).toBe('0.5');
  });

  it('labels one’s own tile "(you)" and mirrors own video', () => {
    const own: TileModel = { ...base, key: 'self', isSelf: true, label: 'Robin (you)', displayName: 'Robin', video: { type: 'track', track: fakeTrack('video'), consumerId: null } };
    const { container } = render(<Tile tile={own} level={0} />);
    expect(screen.getByRole('group', { name: 'Robin (you)' }).textContent).toContain('You');
    expect(container.querySelector('video')?.className).toContain('video--mirrored');
  });

  it('plays remote voices through an audio element', () => {
    const { container } = render(<Tile tile={{ ...base, audio: fakeTrack('audio') }} level={0} />);
    expect(container.querySelector('audio')).not.toBeNull();
  });
});

describe('RoomControls', () => {
  const handlers = () => ({
    onToggleMic: vi.fn(),
    onToggleCamera: vi.fn(),
    onToggleHand: vi.fn(),
    onToggleAudioOnly: vi.fn(),
    onToggleSettings: vi.fn(),
    onTogglePanel: vi.fn(),
    onLeave: vi.fn(),
  });
  const base = { micBlocked: false, cameraBlocked: false, handRaised: false, panel: null, unreadChat: 0 } as const;

  it('names every control and exposes pressed state', () => {
    render(<RoomControls {...base} micOn cameraOn={false} audioOnly settingsOpen={false} {...handlers()} />);
    expect(screen.getByRole('button', { name: 'Turn microphone off' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Turn camera on' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Raise hand' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Audio only' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Device settings' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: 'Leave' })).toBeTruthy();
  });

  it('calls the matching action', () => {
    const h = handlers();
    render(<RoomControls {...base} micOn={false} cameraOn audioOnly={false} settingsOpen={false} {...h} />);
    screen.getByRole('button', { name: 'Turn microphone on' }).click();
    screen.getByRole('button', { name: 'Turn camera off' }).click();
    screen.getByRole('button', { name: 'Raise hand' }).click();
    screen.getByRole('button', { name: 'Leave' }).click();
    expect(h.onToggleMic).toHaveBeenCalledTimes(1);
    expect(h.onToggleCamera).toHaveBeenCalledTimes(1);
    expect(h.onToggleHand).toHaveBeenCalledTimes(1);
    expect(h.onLeave).toHaveBeenCalledTimes(1);
  });
});
