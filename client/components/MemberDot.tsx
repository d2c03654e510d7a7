// A small colour dot for a member: their chosen colour when it is one of the palette's, else a
// neutral one. Painted by class, not inline style (the server's CSP allows no inline styles).
import { paletteColour } from '../core/api/palette';

export function MemberDot({ colour }: { colour: string | null }) {
  const known = paletteColour(colour);
  return <span className="swatch swatch--small" data-colour={known?.value ?? 'none'} aria-hidden="true" />;
}
