// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpcomingSessions } from '../../../client/components/schedule/UpcomingSessions';
import { GROUP_ID } from '../apiFakes';
import { MARCH_2027, upcomingResponse } from '../core/schedule/fixtures';

afterEach(cleanup);

const NOW = '2027-03-01T12:00:00Z';

function show(zone: string, onZoneChange = vi.fn(), detected = false) {
  render(
    <UpcomingSessions
      groupId={GROUP_ID}
      state={{ status: 'ready', data: upcomingResponse(MARCH_2027, NOW) }}
      onRetry={vi.fn()}
      zone={zone}
      zoneDetected={detected}
      onZoneChange={onZoneChange}
      now={Date.parse(NOW)}
    />,
  );
  return { onZoneChange, rows: screen.getAllByRole('listitem') };
}

describe('UpcomingSessions', () => {
  it('lists sessions in the viewer’s zone with its offset, and the organiser’s time alongside', () => {
    const { rows } = show('America/New_York');
    expect(screen.getByRole('region', { name: 'Upcoming sessions' })).toBeTruthy();
    expect(screen.getByText(/Showing times in/).textContent).toBe('Showing times in America/New_York (UTC-05:00) · Change');
    expect(rows).toHaveLength(6);
    const first = rows[0] as HTMLElement;
    expect(first.querySelector('.session__when')?.textContent).toBe('Tue 9 Mar, 14:00–15:30 (your time, UTC-05:00)');
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2027-03-09T19:00:00.000Z');
    expect(first.querySelector('.session__organiser')?.textContent).toBe('19:00 in London (UTC+00:00)');
    expect(rows[3]?.querySelector('.session__organiser')?.textContent).toBe('19:00 in London (UTC+01:00)');
  });

  it('gives clear notices where clocks change on different dates, saying later or earlier and by how much', () => {
    const { rows } = show('America/New_York');
    expect(rows[1]?.querySelector('.session__notice')?.textContent).toBe('Clocks change: this session is at 15:00 your time, an hour later than usual.');
    expect(rows[3]?.querySelector('.session__notice')?.textContent).toBe('Clocks change: this session is at 14:00 your time, an hour earlier than usual.');
    expect(document.querySelectorAll('.session__notice')).toHaveLength(2);
  });

  it('strikes cancelled sessions through and labels them; moved ones say where they were', () => {
    const { rows } = show('America/New_York');
    const cancelled = rows[2] as HTMLElement;
    expect(within(cancelled).getByText('Cancelled')).toBeTruthy();
    expect(cancelled.querySelector('s')?.textContent).toBe('Tue 23 Mar, 15:00–16:30');
    expect(rows.filter((r) => r.textContent?.includes('Cancelled'))).toHaveLength(1);
    const moved = rows[4] as HTMLElement;
    expect(within(moved).getByText('Moved from Tue 6 Apr, 14:00')).toBeTruthy();
    expect(moved.querySelector('.session__when')?.textContent).toBe('Tue 6 Apr, 15:00–16:30 (your time, UTC-04:00)');
  });

  it('leaves the organiser’s time out where it reads the same', () => {
    show('Europe/London');
    expect(document.querySelectorAll('.session__organiser')).toHaveLength(0);
    expect(document.querySelectorAll('.session__notice')).toHaveLength(0);
  });

  it('offers each series as a calendar file: a plain download of the route', () => {
    show('America/New_York');
    const link = screen.getByRole('link', { name: /^Add to calendar ?: Tuesday Circle$/ });
    expect(link.getAttribute('href')).toBe(`/api/groups/${GROUP_ID}/series/s-tuesday/calendar`);
    expect(link.hasAttribute('download')).toBe(true);
  });

  it('changes the zone with the picker, or goes back to the device’s zone', () => {
    const { onZoneChange } = show('America/New_York');
    fireEvent.click(screen.getByRole('button', { name: 'Change time zone, now America/New_York' }));
    const picker = screen.getByRole('combobox', { name: 'Show times in' });
    expect(document.activeElement).toBe(picker);
    fireEvent.change(picker, { target: { value: 'kolkata' } });
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect(onZoneChange).toHaveBeenLastCalledWith('Asia/Kolkata');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Change time zone/ }));

    fireEvent.click(screen.getByRole('button', { name: /^Change time zone/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Use this device’s zone' }));
    expect(onZoneChange).toHaveBeenLastCalledWith(null);
  });

  it('says so when nothing is scheduled, and offers a retry when loading failed', () => {
    const onRetry = vi.fn();
    const { rerender } = render(
      <UpcomingSessions groupId={GROUP_ID} state={{ status: 'ready', data: upcomingResponse([], NOW) }} onRetry={onRetry} zone="UTC" zoneDetected onZoneChange={vi.fn()} now={Date.parse(NOW)} />,
    );
    expect(screen.getByText('No sessions are scheduled in the next 60 days.')).toBeTruthy();
    expect(screen.getByText(/\(from this device\)/)).toBeTruthy();
    rerender(<UpcomingSessions groupId={GROUP_ID} state={{ status: 'failed', code: 'unavailable', message: 'We could not reach Hearth.' }} onRetry={onRetry} zone="UTC" zoneDetected onZoneChange={vi.fn()} now={0} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
