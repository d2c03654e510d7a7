// A member's weekly availability as the form edits it: their zone and rows of weekday, from and
// to (an end before the start runs past midnight). Problems are keyed like the server's
// (`weekly.0.to`), so both sit next to the same row.
import type { z } from 'zod';
import { availabilityBody, type AvailabilityView } from '../../../shared/api';
import type { Weekday } from '../../../shared/schedule';
import type { FieldErrors } from '../api/apiError';
import { checkBody } from '../api/validation';
import { WEEKDAY_NAMES } from './seriesText';

export interface AvailabilityRow {
  /** Stable across edits, for React keys and field ids; never sent. */
  key: number;
  weekday: Weekday;
  from: string;
  to: string;
}

export interface AvailabilityDraft {
  zone: string;
  rows: AvailabilityRow[];
}

export type AvailabilityBody = z.output<typeof availabilityBody>;

/** An evening is when most support groups meet; a first row people adjust. */
const NEW_ROW = { from: '18:00', to: '21:00' } as const;

export function availabilityDraft(mine: AvailabilityView | null, zone: string): AvailabilityDraft {
  if (!mine) return { zone, rows: [{ key: 1, weekday: 1, ...NEW_ROW }] };
  return { zone: mine.zone, rows: mine.weekly.map((w, i) => ({ key: i + 1, weekday: w.weekday, from: w.from, to: w.to })) };
}

/** Adds a row for the day after the last row's, with the same hours. */
export function addRow(draft: AvailabilityDraft): AvailabilityDraft {
  const last = draft.rows[draft.rows.length - 1];
  const key = Math.max(0, ...draft.rows.map((r) => r.key)) + 1;
  const weekday = last ? (((last.weekday % 7) + 1) as Weekday) : 1;
  return { ...draft, rows: [...draft.rows, { key, weekday, from: last?.from ?? NEW_ROW.from, to: last?.to ?? NEW_ROW.to }] };
}

export function updateRow(draft: AvailabilityDraft, key: number, patch: Partial<Omit<AvailabilityRow, 'key'>>): AvailabilityDraft {
  return { ...draft, rows: draft.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) };
}

export function removeRow(draft: AvailabilityDraft, key: number): AvailabilityDraft {
  return { ...draft, rows: draft.rows.filter((r) => r.key !== key) };
}

/** True when the row runs past midnight into the next day. */
export function wrapsMidnight(row: Pick<AvailabilityRow, 'from' | 'to'>): boolean {
  return row.to !== '' && row.from !== '' && row.to < row.from;
}

/** 'Tuesday 22:00 to Wednesday 01:00', so a row past midnight says so. */
export function rowSummary(row: Pick<AvailabilityRow, 'weekday' | 'from' | 'to'>): string {
  const next = ((row.weekday % 7) + 1) as Weekday;
  return `${WEEKDAY_NAMES[row.weekday]} ${row.from} to ${wrapsMidnight(row) ? `${WEEKDAY_NAMES[next]} ` : ''}${row.to}`;
}

export function availabilityBodyOf(draft: AvailabilityDraft): { ok: true; body: AvailabilityBody } | { ok: false; fields: FieldErrors } {
  const fields: FieldErrors = {};
  if (draft.rows.length === 0) fields.weekly = 'Add at least one time you are free, or withdraw what you shared.';
  draft.rows.forEach((row, i) => {
    if (row.from === '') fields[`weekly.${i}.from`] = 'Choose when you are free from.';
    if (row.to === '') fields[`weekly.${i}.to`] = 'Choose until when you are free.';
    else if (row.from === row.to) fields[`weekly.${i}.to`] = 'The end is the same as the start.';
  });
  const checked = checkBody(availabilityBody, { zone: draft.zone, weekly: draft.rows.map(({ weekday, from, to }) => ({ weekday, from, to })) });
  if (!checked.ok) return { ok: false, fields: { ...checked.fields, ...fields } };
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, body: checked.value };
}
