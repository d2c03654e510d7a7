// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZonePicker } from '../../../client/components/schedule/ZonePicker';

afterEach(cleanup);

function Harness({ onChange, initial = 'Europe/London' }: { onChange: (zone: string) => void; initial?: string }) {
  const [zone, setZone] = useState(initial);
  return (
    <ZonePicker
      id="zone"
      label="Time zone"
      value={zone}
      hint="Type a city."
      onChange={(next) => {
        setZone(next);
        onChange(next);
      }}
    />
  );
}

function setup() {
  const onChange = vi.fn();
  render(<Harness onChange={onChange} />);
  const input = screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement;
  return { onChange, input };
}

const activeOption = (input: HTMLElement): HTMLElement | null => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');

describe('ZonePicker', () => {
  it('is a labelled combobox that shows the chosen zone and its offset, collapsed', () => {
    const { input } = setup();
    expect(input.value).toBe('Europe/London');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described[0]).toBe('Type a city.');
    expect(described[1]).toMatch(/^Europe\/London is at UTC\+0[01]:00 now\.$/);
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('filters by any part of the name as you type, each option with its offset, and says how many match', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'new york' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Time zone: matching time zones' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringMatching(/^America\/New_York \(UTC-0[45]:00\)$/)]);
    expect(screen.getByRole('status').textContent).toBe('1 time zone matches.');

    fireEvent.change(input, { target: { value: 'kathmandu' } });
    expect(within(screen.getByRole('listbox')).getByRole('option').textContent).toBe('Asia/Kathmandu (UTC+05:45)');

    fireEvent.change(input, { target: { value: 'atlantis' } });
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('No time zone matches. Try a city name.');
  });

  it('chooses with the keyboard: arrows move the active option, Enter picks it', () => {
    const { input, onChange } = setup();
    fireEvent.change(input, { target: { value: 'america new' } });
    // America/New_York starts with the text, so it comes before America/North_Dakota/New_Salem.
    expect(activeOption(input)?.textContent).toMatch(/^America\/New_York /);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption(input)?.textContent).toMatch(/^America\/North_Dakota\/New_Salem /);
    expect(activeOption(input)?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('America/New_York');
    expect(input.value).toBe('America/New_York');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on ArrowDown at the current zone, and Escape closes without changing anything', () => {
    const { input, onChange } = setup();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option')).toHaveLength(50);
    expect(screen.getByRole('status').textContent).toMatch(/^\d{3} time zones match; the first 50 are listed\./);
    fireEvent.change(input, { target: { value: 'tok' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('Europe/London');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('only ever chooses a real zone: leaving with text that names none goes back; an exact name is taken', () => {
    const { input, onChange } = setup();
    fireEvent.change(input, { target: { value: 'Somewhere nice' } });
    fireEvent.blur(input);
    expect(input.value).toBe('Europe/London');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'asia/tokyo' } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenCalledWith('Asia/Tokyo');
    expect(input.value).toBe('Asia/Tokyo');
  });

  it('ties a problem with the zone to the input, like the form fields', () => {
    render(<ZonePicker id="zone" label="Time zone" value="Europe/London" onChange={vi.fn()} error="Choose a time zone." />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described[0]).toBe('Choose a time zone.');
  });

  it('chooses with a click on an option', () => {
    const { input, onChange } = setup();
    fireEvent.change(input, { target: { value: 'lisbon' } });
    fireEvent.click(screen.getByRole('option', { name: /^Europe\/Lisbon/ }));
    expect(onChange).toHaveBeenCalledWith('Europe/Lisbon');
  });
});
