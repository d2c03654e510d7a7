// Breakouts planned before a session (issue 5), stored with one occurrence of a series: rooms, the
// timer, and who goes where by membership (people are not connected yet, so not by peer). When the
// live room opens for that occurrence, the session starts with this plan (shared/session's
// PreparedPlan) and places each person as they come in.
import { z } from 'zod';
import { idParam } from './schemas';

export const MAX_PLANNED_ROOMS = 50;

export const breakoutPlanBody = z
  .object({
    rooms: z
      .array(z.object({ name: z.string().trim().max(60).optional(), topic: z.string().trim().max(200).optional() }).strict())
      .min(1, 'plan at least one room')
      .max(MAX_PLANNED_ROOMS, `plan at most ${MAX_PLANNED_ROOMS} rooms`),
    /** membershipId → index into `rooms` (0 is the first room). People not listed stay in the main room. */
    assignment: z.record(idParam, z.number().int().min(0).max(MAX_PLANNED_ROOMS - 1)),
    /** Pairs of membership ids never put in the same room by an automatic assignment. */
    keepApart: z.array(z.tuple([idParam, idParam])).max(200).default([]),
    /** null: no timer. */
    durationMinutes: z.number().int().min(1).max(240).nullable(),
    /** Members may go back to the main room by themselves. */
    allowReturn: z.boolean().default(true),
  })
  .strict();

export type BreakoutPlanBody = z.input<typeof breakoutPlanBody>;

export interface BreakoutPlanView {
  seriesId: string;
  slot: string;
  rooms: Array<{ name: string; topic: string }>;
  assignment: Record<string, number>;
  keepApart: Array<[string, string]>;
  durationMinutes: number | null;
  allowReturn: boolean;
  updatedAt: string;
}

export interface BreakoutPlanResponse {
  plan: BreakoutPlanView | null;
}

/** Every plan of the group's sessions that have not ended (one request for the schedule page). */
export interface BreakoutPlansResponse {
  plans: BreakoutPlanView[];
}
