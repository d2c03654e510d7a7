// A reaction on the sender's tile for a few seconds (the session core removes it). Placed in the
// tile's corner by CSS; it fades in and out unless the person prefers reduced motion.
import type { Reaction } from '../../../shared/protocol';
import { REACTION_DISPLAY } from './reactions';

export function ReactionBadge({ reaction }: { reaction: Reaction }) {
  const { emoji, label } = REACTION_DISPLAY[reaction];
  return (
    <span className="reaction-badge" role="status">
      <span className="reaction-badge__emoji" aria-hidden="true">
        {emoji}
      </span>
      <span className="reaction-badge__label">{label}</span>
    </span>
  );
}
