// One participant: video or avatar, their name, a muted badge, and a soft ring when speaking.
import { useCallback, type CSSProperties } from 'react';
import type { TileModel } from '../core/session/tiles';
import { Avatar } from './Avatar';
import { Icon } from './Icon';
import { AudioSink, VideoView } from './VideoView';

interface Props {
  tile: TileModel;
  /** 0..1 speaking level for the ring. */
  level: number;
  onViewport?: (consumerId: string, width: number, height: number) => void;
  onFirstFrame?: () => void;
}

const PLACEHOLDER_TEXT: Partial<Record<string, string>> = {
  'audio-only': 'Audio only',
  connecting: 'Connecting video…',
  denied: 'Camera blocked',
  'no-device': 'No camera',
  'in-use': 'Camera busy',
};

export function Tile({ tile, level, onViewport, onFirstFrame }: Props) {
  const consumerId = tile.video.type === 'track' ? tile.video.consumerId : null;
  const onSize = useCallback(
    (w: number, h: number) => {
      if (consumerId && onViewport) onViewport(consumerId, w, h);
    },
    [consumerId, onViewport],
  );
  const style = { '--level': level } as CSSProperties;
  const note = tile.video.type === 'placeholder' ? PLACEHOLDER_TEXT[tile.video.reason] : undefined;
  return (
    <div
      role="group"
      aria-label={tile.label}
      className={`tile${tile.speaking ? ' tile--speaking' : ''}${tile.isSelf ? ' tile--self' : ''}`}
      style={style}
      data-peer-id={tile.peerId ?? undefined}
    >
      {tile.video.type === 'track' ? (
        <VideoView
          track={tile.video.track}
          mirrored={tile.isSelf}
          onSize={consumerId ? onSize : null}
          onFirstFrame={consumerId ? (onFirstFrame ?? null) : null}
        />
      ) : (
        <div className="tile__placeholder">
          <Avatar name={tile.displayName} />
          {note && !tile.isSelf && <span className="tile__note">{note}</span>}
        </div>
      )}
      {tile.audio && <AudioSink track={tile.audio} />}
      <div className="tile__footer">
        {tile.micOff && (
          <span className="tile__muted" role="img" aria-label="microphone off" title="Microphone off">
            <Icon name="micOff" size={16} />
          </span>
        )}
        <span className="tile__name">{tile.isSelf ? `${tile.displayName} · You` : tile.displayName}</span>
      </div>
    </div>
  );
}
