// The camera and microphone start only once the server has let us in to this room's prejoin
// screen: the first join token it grants. A room that is not open yet (a scheduled group's
// session before its window), or one we may not enter, never turns the camera light on.
import type { TokenSource } from '../signalling';

export interface GatedTokens {
  source: TokenSource;
  /** Resolves the first time `source` yields a token; never rejects. */
  granted: Promise<void>;
}

export function gateOnFirstToken(source: TokenSource): GatedTokens {
  let grant: () => void = () => undefined;
  const granted = new Promise<void>((resolve) => (grant = resolve));
  return {
    granted,
    source: async () => {
      const token = await source();
      grant();
      return token;
    },
  };
}
