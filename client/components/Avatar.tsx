// A calm circle with initials, shown instead of video.
import { colourOf, initialsOf } from '../core/avatar';

export function Avatar({ name, size = 'large' }: { name: string; size?: 'large' | 'small' }) {
  return (
    <div className={`avatar avatar--${size}`} style={{ backgroundColor: colourOf(name) }} aria-hidden="true">
      {initialsOf(name)}
    </div>
  );
}
