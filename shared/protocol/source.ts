import { z } from 'zod';

/** What a producer carries: the microphone (audio) or the camera (video). */
export const mediaSourceSchema = z.enum(['mic', 'camera']);
export type MediaSource = z.infer<typeof mediaSourceSchema>;
