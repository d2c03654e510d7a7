// The four quiet reactions, as people read them. The emoji is decoration; the label is the name.
import type { Reaction } from '../../../shared/protocol';

export const REACTION_DISPLAY: Record<Reaction, { label: string; emoji: string }> = {
  relate: { label: 'I relate', emoji: '🤝' },
  thanks: { label: 'Thank you', emoji: '🙏' },
  strength: { label: 'Sending strength', emoji: '💪' },
  heart: { label: 'Heart', emoji: '💛' },
};

/** A pause between one's own reactions: the server's steady pace is one every 2 s (REACTION_RATE). */
export const REACTION_COOLDOWN_MS = 2000;
