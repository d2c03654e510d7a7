// Badges over one tile. Each has words for screen readers, since the tile's video says nothing.
import { Icon } from '../Icon';
import type { TileBadges } from '../../core/session/badges';
import { ordinal, ROOM_ROLE_LABELS } from '../../core/session/floor';
import { ReactionBadge } from '../chat/ReactionBadge';

export function TileBadgesView({ name, isSelf, badges }: { name: string; isSelf: boolean; badges: TileBadges }) {
  const { role, handPosition, reaction } = badges;
  if (!role && handPosition === null && !reaction) return null;
  const whose = isSelf ? 'Your' : `${name}’s`;
  return (
    <div className="tile-badges">
      {role && (
        <span className="tile-badge tile-badge--role">
          <span className="sr-only">{whose} role: </span>
          {ROOM_ROLE_LABELS[role]}
        </span>
      )}
      {handPosition !== null && (
        <span className="tile-badge tile-badge--hand" role="img" aria-label={`${whose} hand is raised, ${ordinal(handPosition)} in the queue`}>
          <Icon name="hand" size={16} />
          <span aria-hidden="true">{handPosition}</span>
        </span>
      )}
      {reaction && <ReactionBadge key={reaction.id} reaction={reaction.reaction} />}
    </div>
  );
}
