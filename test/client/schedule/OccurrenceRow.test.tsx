// @vitest-environment happy-dom
// One session row: its actions carry the session in their names, Move opens a small form that
// takes focus, and closing it puts focus back on Move.
import '../../shared/schedule/pinTz';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpcomingOccurrence } from '../../../shared/api';
import { OccurrenceRow } from '../../../client/components/schedule/OccurrenceRow';
import { GROUP_ID, renderWithServices } from '../apiFakes';

afterEach(cleanup);

const series = { id: 's1', schedule: { zone: 'Australia/Lord_Howe', start: '2026-03-31T19:00', durationMinutes: 90, repeat: { freq: 'weekly' as const } } };
const occurrence: UpcomingOccurrence = {
  seriesId: 's1',
  title: 'Evening circle',
  zone: 'Australia/Lord_Howe',
  slot: '2026-04-07T19:00',
  start: '2026-04-07T08:30:00.000Z',
  end: '2026-04-07T10:00:00.000Z',
  moved: false,
  cancelled: false,
  joinOpensAt: '2026-04-07T08:20:00.000Z',
};

function row(canEdit: boolean, over: Partial<UpcomingOccurrence> = {}) {
  const onAction = vi.fn();
  const utils = renderWithServices(
    <ul>
      <OccurrenceRow groupId={GROUP_ID} series={series} occurrence={{ ...occurrence, ...over }} viewerZone="Asia/Kolkata" canEdit={canEdit} busy={false} onAction={onAction} onMoved={vi.fn()} />
    </ul>,
    {},
  );
  return { ...utils, onAction };
}

describe('OccurrenceRow', () => {
  it('a half-hour DST zone and its viewer’s time, both with offsets', () => {
    // Lord Howe leaves its 30-minute daylight saving on 5 April 2026: +10:30 from then.
    row(false);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Tue 7 Apr 2026, 19:00 Lord Howe time (UTC+10:30)');
    expect(item.textContent).toContain('Your time: Tue 7 Apr 2026, 14:00 Kolkata time (UTC+05:30)');
    expect(within(item).queryByRole('button')).toBeNull();
  });

  it('Cancel reports the session; Move opens its form with focus, and Keep as it is returns to Move', () => {
    const { onAction } = row(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel session on Tue 7 Apr 2026, 19:00' }));
    expect(onAction).toHaveBeenCalledWith('cancel', expect.objectContaining({ slot: '2026-04-07T19:00' }), 'Tue 7 Apr 2026, 19:00');
    fireEvent.click(screen.getByRole('button', { name: 'Move session on Tue 7 Apr 2026, 19:00' }));
    const form = screen.getByRole('form', { name: 'Move the session on Tue 7 Apr 2026, 19:00' });
    expect(document.activeElement).toBe(within(form).getByLabelText('New date'));
    expect((within(form).getByLabelText('New start time') as HTMLInputElement).value).toBe('19:00');
    fireEvent.click(within(form).getByRole('button', { name: 'Keep as it is' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move session on Tue 7 Apr 2026, 19:00' }));
  });

  it('a cancelled session only offers Restore', () => {
    const { onAction } = row(true, { cancelled: true });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Restore session on Tue 7 Apr 2026, 19:00']);
    fireEvent.click(screen.getByRole('button'));
    expect(onAction).toHaveBeenCalledWith('restore', expect.objectContaining({ cancelled: true }), 'Tue 7 Apr 2026, 19:00');
  });
});
