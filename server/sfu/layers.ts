// Which simulcast layer a consumer should get: the smallest one that fills the tile the viewer
// actually renders, one step lower while the viewer's link is poor. Pure, so it is unit-tested.

/** Heights of the three layers a 720p camera sends (scaleResolutionDownBy 4, 2, 1). */
export const LAYER_HEIGHTS = [180, 360, 720] as const;
export const TOP_SPATIAL_LAYER = LAYER_HEIGHTS.length - 1;
export const TOP_TEMPORAL_LAYER = 2;

/** mediasoup consumer scores (0–10) below which the link counts as poor / very poor. */
export const POOR_SCORE = 7;
export const VERY_POOR_SCORE = 4;

export interface Layers {
  spatialLayer: number;
  temporalLayer: number;
}

export interface LayerInputs {
  /** Rendered tile size in device pixels; undefined until the client reports one. */
  viewport: { width: number; height: number } | undefined;
  /** The consumer's own score (its link to the viewer), 0–10; undefined before the first report. */
  score: number | undefined;
}

export function spatialLayerForViewport(viewport: LayerInputs['viewport']): number {
  // Until the viewer reports its tile, send the best layer. (Starting at the lowest layer for a
  // faster first picture was tried: the early up-switch showed as a frozen tile in e2e runs.)
  if (!viewport) return TOP_SPATIAL_LAYER;
  // A 16:9 layer fills a tile when either dimension reaches the tile's; allow 15% upscaling.
  const needed = Math.max(viewport.height, (viewport.width * 9) / 16) * 0.85;
  const layer = LAYER_HEIGHTS.findIndex((h) => h >= needed);
  return layer === -1 ? TOP_SPATIAL_LAYER : layer;
}

export function chooseLayers({ viewport, score }: LayerInputs): Layers {
  let spatialLayer = spatialLayerForViewport(viewport);
  let temporalLayer = TOP_TEMPORAL_LAYER;
  if (score !== undefined && score < VERY_POOR_SCORE) {
    spatialLayer = 0;
    temporalLayer = 1;
  } else if (score !== undefined && score < POOR_SCORE) {
    spatialLayer = Math.max(0, spatialLayer - 1);
  }
  return { spatialLayer, temporalLayer };
}
