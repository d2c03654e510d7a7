// @vitest-environment happy-dom
// The preview table: one column when the viewer is in the series' zone, two otherwise, and a
// flag on the sessions where the viewer's clock time changes.
import '../../shared/schedule/pinTz';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SeriesPreview } from '../../../client/components/schedule/SeriesPreview';
import { newDraft, withDate } from '../../../client/core/schedule/seriesDraft';
import { previewDraft } from '../../../client/core/schedule/seriesPreview';

afterEach(cleanup);

const NOW = Date.parse('2026-03-01T12:00:00Z');
const draft = { ...withDate(newDraft('Europe/London', NOW), '2026-03-03'), title: 'Evening circle' };

function columns(): string[][] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}

describe('SeriesPreview', () => {
  it('flags the weeks the viewer’s clock time changes (New York and London change on different dates)', () => {
    render(<SeriesPreview preview={previewDraft(draft, 'America/New_York', NOW)} seriesZone="Europe/London" viewerZone="America/New_York" now={NOW} />);
    const flagged = columns().map(([, viewer]) => viewer?.includes('Your clock time changes'));
    expect(flagged).toEqual([false, true, false, false, true, false]);
    expect(columns()[1]?.[1]).toBe('Tue 10 Mar 2026, 15:00 (UTC-04:00) Your clock time changes');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('one column when the viewer is in the series’ zone; a note while the form is incomplete', () => {
    const { rerender } = render(<SeriesPreview preview={previewDraft(draft, 'Europe/London', NOW)} seriesZone="Europe/London" viewerZone="Europe/London" now={NOW} />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Europe/London (UTC+00:00)']);
    expect(columns()[4]).toEqual(['Tue 31 Mar 2026, 19:00 (UTC+01:00)']);
    rerender(<SeriesPreview preview={{ kind: 'incomplete' }} seriesZone="Europe/London" viewerZone="Europe/London" now={NOW} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(within(screen.getByRole('region')).getByRole('status').textContent).toBe('The preview appears once the first date, time, length and repeat are filled in.');
  });
});
