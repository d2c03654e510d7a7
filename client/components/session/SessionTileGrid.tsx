// The room's grid with what the live session adds to each tile: role badge, raised hand (with
// its place in the queue) and a reaction just sent. Tiles themselves are components/Tile.
import type { TileBadges } from '../../core/session/badges';
import type { TileModel } from '../../core/session/tiles';
import { Tile } from '../Tile';
import { gridColumns } from '../TileGrid';
import { TileBadgesView } from './TileBadges';

interface Props {
  tiles: TileModel[];
  badgesOf: (peerId: string | null) => TileBadges;
  levelOf: (peerId: string | null) => number;
  onViewport: (consumerId: string, width: number, height: number) => void;
  onFirstFrame: () => void;
}

export function SessionTileGrid({ tiles, badgesOf, levelOf, onViewport, onFirstFrame }: Props) {
  return (
    <div className="grid" style={{ ['--cols' as string]: gridColumns(tiles.length) }} data-count={tiles.length}>
      {tiles.map((tile) => (
        <div key={tile.key} className="tile-frame">
          <Tile tile={tile} level={levelOf(tile.peerId)} onViewport={onViewport} onFirstFrame={onFirstFrame} />
          <TileBadgesView name={tile.isSelf ? 'You' : tile.displayName} isSelf={tile.isSelf} badges={badgesOf(tile.peerId)} />
        </div>
      ))}
    </div>
  );
}
