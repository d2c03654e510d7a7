// @vitest-environment happy-dom
// The schedule page against a fake REST server: creating a series from the form (the request body
// is checked), the preview's verdict on a contradictory rule, per-session actions hitting the
// right routes with the right slot, ending and deleting, and what members do not get.
import '../../shared/schedule/pinTz';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveViewerZone } from '../../../client/core/schedule/viewerZone';
import { SchedulePage } from '../../../client/pages/SchedulePage';
import { apiError, GROUP_ID, json, NOW, renderWithServices } from '../apiFakes';
import { change, click, G, server, seriesView } from './schedulePageFakes';

beforeEach(() => {
  // The viewer is in New York; the series are in London. NOW is Tue 25 Nov 2025, 07:00 there.
  saveViewerZone('America/New_York');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('SchedulePage for an organiser', () => {
  it('creates a weekly series from the form: the preview shows both zones, the API gets the rule', async () => {
    const created = seriesView({ id: 's2' });
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, server('organiser', [], { [`POST ${G}/series`]: json(201, created) }));
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    expect(screen.getByText('Nothing is scheduled yet. Use the form to plan the first session.')).toBeTruthy();
    // The zone starts as the viewer's and is chosen from the IANA list.
    const zone = within(form).getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement;
    expect(zone.value).toBe('America/New_York');
    fireEvent.change(zone, { target: { value: 'europe/london' } });
    fireEvent.blur(zone);
    expect(zone.value).toBe('Europe/London');

    change('Title', 'Evening circle', form);
    change('Date', '2025-12-02', form);
    change('Length in minutes', '90', form);
    expect(document.getElementById('series-time-hint')?.textContent).toBe('19:00 London time (Europe/London)');
    // Tuesday followed the date; add Thursday, every other week, 8 sessions.
    expect((within(form).getByLabelText('Tuesday') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByLabelText('Thursday'));
    change('Every how many weeks', '2', form);
    change('Ends', 'count', form);
    change('Number of sessions', '8', form);

    const preview = within(form).getByRole('region', { name: 'Preview: the next 6 sessions' });
    const cells = within(preview)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells.slice(0, 3)).toEqual([
      ['Tue 2 Dec 2025, 19:00 (UTC+00:00)', 'Tue 2 Dec 2025, 14:00 (UTC-05:00)'],
      ['Thu 4 Dec 2025, 19:00 (UTC+00:00)', 'Thu 4 Dec 2025, 14:00 (UTC-05:00)'],
      ['Tue 16 Dec 2025, 19:00 (UTC+00:00)', 'Tue 16 Dec 2025, 14:00 (UTC-05:00)'],
    ]);
    expect(within(preview).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Europe/London (UTC+00:00)', 'Your time: America/New_York (UTC-05:00)']);

    await click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(api.sent(`POST ${G}/series`).map((r) => r.body)).toEqual([
      {
        title: 'Evening circle',
        description: '',
        schedule: { zone: 'Europe/London', start: '2025-12-02T19:00', durationMinutes: 90, repeat: { freq: 'weekly', interval: 2, weekdays: [2, 4] }, count: 8 },
      },
    ]);
    await waitFor(() => expect(screen.getByText('“Evening circle” is scheduled.')).toBeTruthy());
    expect(api.sent(`GET ${G}/series`)).toHaveLength(2);
    expect(api.unexpected).toEqual([]);
  });

  it('the preview says why a contradictory rule does not work, and it is not sent', async () => {
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, server('facilitator', []));
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    change('Title', 'Monthly circle', form);
    change('Date', '2025-12-03', form); // a Wednesday
    change('Repeats', 'monthly', form);
    change('Week of the month', '2', form);
    change('Weekday', '2', form);
    const problem = 'Repeat: 2nd Tuesday does not match the first date, Wed 3 Dec 2025: that is the 1st Wednesday.';
    const preview = within(form).getByRole('region', { name: 'Preview: the next 6 sessions' });
    expect(within(preview).getByRole('status').textContent).toBe(problem);
    expect(within(preview).queryByRole('table')).toBeNull();

    await click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(api.sent(`POST ${G}/series`)).toHaveLength(0);
    const nth = within(form).getByLabelText('Week of the month');
    expect(nth.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(nth);
    expect(document.getElementById('series-nth-error')?.textContent).toBe('2nd Tuesday does not match the first date, Wed 3 Dec 2025: that is the 1st Wednesday.');
    expect(within(form).getByRole('alert').textContent).toBe('Please check the highlighted field.');

    // Choosing the 1st Wednesday makes it a rule again.
    change('Week of the month', '1', form);
    change('Weekday', '3', form);
    expect(within(form).getAllByRole('row')[1]?.textContent).toContain('Wed 3 Dec 2025, 19:00');
  });

  it('shows the server’s field errors next to the fields', async () => {
    renderWithServices(
      <SchedulePage groupId={GROUP_ID} />,
      server('organiser', [], { [`POST ${G}/series`]: apiError(400, 'invalid_payload', 'check the rule', { title: 'that title is taken in this group', schedule: 'the rule makes no session' }) }),
    );
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    change('Title', 'Evening circle', form);
    await click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(document.getElementById('series-title-error')?.textContent).toBe('That title is taken in this group.');
    expect(document.getElementById('series-repeat-error')?.textContent).toBe('The rule makes no session.');
    expect(document.activeElement).toBe(within(form).getByLabelText('Title'));
  });

  it('lists each series in words with its sessions in both zones; cancel, restore, move and undo hit the right slot', async () => {
    const moved = seriesView();
    const { server: api } = renderWithServices(
      <SchedulePage groupId={GROUP_ID} />,
      server('organiser', [seriesView()], {
        [`POST ${G}/series/s1/occurrences/2025-12-02T19%3A00/cancel`]: json(200, moved),
        [`DELETE ${G}/series/s1/occurrences/2025-12-09T19%3A00/cancel`]: json(200, moved),
        [`POST ${G}/series/s1/occurrences/2025-12-02T19%3A00/move`]: json(200, moved),
        [`DELETE ${G}/series/s1/occurrences/2025-12-16T19%3A00/move`]: json(200, moved),
      }),
    );
    const card = await screen.findByRole('region', { name: 'Evening circle' });
    expect(within(card).getByText('Every Tuesday at 19:00 Europe/London, 90 minutes, from 4 Nov 2025')).toBeTruthy();
    const rows = within(within(card).getByRole('list', { name: 'Next sessions of Evening circle' })).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.occurrence__when')?.textContent)).toEqual([
      'Tue 2 Dec 2025, 19:00 London time (UTC+00:00)',
      'Tue 9 Dec 2025, 19:00 London time (UTC+00:00)',
      'Wed 17 Dec 2025, 18:30 London time (UTC+00:00)',
    ]);
    expect(rows[0]?.textContent).toContain('Your time: Tue 2 Dec 2025, 14:00 New York time (UTC-05:00)');
    expect(rows[1]?.textContent).toContain('Cancelled');
    expect(rows[2]?.textContent).toContain('Moved from Tue 16 Dec 2025, 19:00');

    await click(within(card).getByRole('button', { name: 'Cancel session on Tue 2 Dec 2025, 19:00' }));
    await waitFor(() => expect(screen.getByText('The session on Tue 2 Dec 2025, 19:00 is cancelled.')).toBeTruthy());
    await click(within(card).getByRole('button', { name: 'Restore session on Tue 9 Dec 2025, 19:00' }));
    await click(within(card).getByRole('button', { name: 'Undo move of the session on Wed 17 Dec 2025, 18:30' }));
    expect(within(card).queryByRole('button', { name: 'Restore session on Tue 2 Dec 2025, 19:00' })).toBeNull();

    await click(within(card).getByRole('button', { name: 'Move session on Tue 2 Dec 2025, 19:00' }));
    const move = within(card).getByRole('form', { name: 'Move the session on Tue 2 Dec 2025, 19:00' });
    expect(document.activeElement).toBe(within(move).getByLabelText('New date'));
    const hint = () => document.getElementById(`move-s1-20251202T1900-time-hint`)?.textContent;
    // The viewer is in New York: the new time in theirs too, with the date when it differs.
    expect(hint()).toBe('19:00 London time (Europe/London); 14:00 your time (America/New_York)');
    change('New date', '2025-12-03', move);
    change('New start time', '02:30', move);
    expect(hint()).toBe('02:30 London time (Europe/London); Tue 2 Dec, 21:30 your time (America/New_York)');
    change('New start time', '18:30', move);
    expect(hint()).toBe('18:30 London time (Europe/London); 13:30 your time (America/New_York)');
    await click(within(move).getByRole('button', { name: 'Move session' }));
    await waitFor(() => expect(screen.getByText('The session on Tue 2 Dec 2025, 19:00 moved to Wed 3 Dec 2025, 18:30 Europe/London.')).toBeTruthy());

    expect(api.sent(`POST ${G}/series/s1/occurrences/2025-12-02T19%3A00/cancel`)).toHaveLength(1);
    expect(api.sent(`DELETE ${G}/series/s1/occurrences/2025-12-09T19%3A00/cancel`)).toHaveLength(1);
    expect(api.sent(`DELETE ${G}/series/s1/occurrences/2025-12-16T19%3A00/move`)).toHaveLength(1);
    expect(api.sent(`POST ${G}/series/s1/occurrences/2025-12-02T19%3A00/move`).map((r) => r.body)).toEqual([{ start: '2025-12-03T18:30' }]);
    expect(api.unexpected).toEqual([]);
  });

  it('End series and Delete ask first, then call their routes', async () => {
    const { server: api } = renderWithServices(
      <SchedulePage groupId={GROUP_ID} />,
      server('facilitator', [seriesView()], { [`POST ${G}/series/s1/end`]: json(200, seriesView({ endedAt: new Date(NOW).toISOString() })), [`DELETE ${G}/series/s1`]: json(204) }),
    );
    await click(await screen.findByRole('button', { name: 'End series “Evening circle”' }));
    const end = screen.getByRole('dialog', { name: 'End “Evening circle”?' });
    expect(within(end).getByText(/No session starts after now/)).toBeTruthy();
    fireEvent.click(within(end).getByRole('button', { name: 'Cancel' }));
    expect(api.sent(`POST ${G}/series/s1/end`)).toHaveLength(0);
    await click(screen.getByRole('button', { name: 'End series “Evening circle”' }));
    await click(within(screen.getByRole('dialog')).getByRole('button', { name: 'End series' }));
    await waitFor(() => expect(screen.getByText('“Evening circle” has ended. No session starts after now.')).toBeTruthy());
    expect(api.sent(`POST ${G}/series/s1/end`)).toHaveLength(1);

    await click(screen.getByRole('button', { name: 'Delete “Evening circle”' }));
    await click(within(screen.getByRole('dialog', { name: 'Delete “Evening circle”?' })).getByRole('button', { name: 'Delete series' }));
    await waitFor(() => expect(api.sent(`DELETE ${G}/series/s1`)).toHaveLength(1));
  });

  it('Edit fills the form with the series and saves the whole body', async () => {
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, server('organiser', [seriesView()], { [`PATCH ${G}/series/s1`]: json(200, seriesView({ title: 'Late circle' })) }));
    await click(await screen.findByRole('button', { name: 'Edit “Evening circle”' }));
    const form = screen.getByRole('form', { name: 'Edit “Evening circle”' });
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe('2025-11-04');
    expect((within(form).getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement).value).toBe('Europe/London');
    change('Title', 'Late circle', form);
    change('Start time', '20:00', form);
    await click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(api.sent(`PATCH ${G}/series/s1`).map((r) => r.body)).toEqual([
      { title: 'Late circle', description: 'Bring tea.', schedule: { zone: 'Europe/London', start: '2025-11-04T20:00', durationMinutes: 90, repeat: { freq: 'weekly', weekdays: [2] } } },
    ]);
    await waitFor(() => expect(screen.getByRole('form', { name: 'Schedule a session or series' })).toBeTruthy());
  });

  it('"Schedule this" from find-a-time arrives prefilled', async () => {
    renderWithServices(<SchedulePage groupId={GROUP_ID} prefill={{ zone: 'Asia/Kolkata', start: '2025-12-04T20:30', durationMinutes: 60 }} />, server('organiser', []));
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    expect(['series-zone', 'series-date', 'series-time', 'series-duration'].map((id) => (document.getElementById(id) as HTMLInputElement).value)).toEqual(['Asia/Kolkata', '2025-12-04', '20:30', '60']);
    expect((within(form).getByLabelText('Thursday') as HTMLInputElement).checked).toBe(true);
  });
});

describe('SchedulePage for others', () => {
  it.each(['member', 'co_facilitator'] as const)('a %s sees the schedule read-only', async (role) => {
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, server(role, [seriesView()]));
    const card = await screen.findByRole('region', { name: 'Evening circle' });
    expect(within(card).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit|End series|Delete|Cancel|Move|Restore|Undo/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Share when you are free' }).getAttribute('href')).toBe(`/groups/${GROUP_ID}/find-time`);
    expect(api.unexpected).toEqual([]);
  });

  it('asks to sign in when the server does not know this browser', async () => {
    renderWithServices(<SchedulePage groupId={GROUP_ID} />, { ...server('member', []), [`GET ${G}`]: apiError(401, 'unauthenticated', 'sign in first') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see this schedule' })).toBeTruthy();
  });
});

