// The room's grid. Columns follow the number of people so tiles stay as large as possible;
// CSS handles the phone/desktop breakpoints.
import type { TileModel } from '../core/session/tiles';
import { Tile } from './Tile';

interface Props {
  tiles: TileModel[];
  levelOf: (peerId: string | null) => number;
  onViewport: (consumerId: string, width: number, height: number) => void;
  onFirstFrame: () => void;
}

export function gridColumns(count: number): number {
  if (count <= 1) return 1;
  if (count <= 4) return 2;
  if (count <= 9) return 3;
  return 4;
}

export function TileGrid({ tiles, levelOf, onViewport, onFirstFrame }: Props) {
  return (
    <div className="grid" style={{ ['--cols' as string]: gridColumns(tiles.length) }} data-count={tiles.length}>
      {tiles.map((tile) => (
        <Tile key={tile.key} tile={tile} level={levelOf(tile.peerId)} onViewport={onViewport} onFirstFrame={onFirstFrame} />
      ))}
    </div>
  );
}
