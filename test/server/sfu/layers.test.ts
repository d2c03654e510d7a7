import { describe, expect, it } from 'vitest';
import { chooseLayers, spatialLayerForViewport } from '../../../server/sfu/layers';

describe('simulcast layer choice', () => {
  it('sends the top layer until the viewer reports a tile size', () => {
    expect(spatialLayerForViewport(undefined)).toBe(2);
  });

  it.each([
    [{ width: 0, height: 0 }, 0],
    [{ width: 160, height: 90 }, 0],
    [{ width: 320, height: 180 }, 0],
    [{ width: 400, height: 300 }, 1],
    [{ width: 640, height: 360 }, 1],
    [{ width: 1280, height: 720 }, 2],
    [{ width: 2560, height: 1440 }, 2],
    // A tall phone tile needs height more than width.
    [{ width: 300, height: 600 }, 2],
  ])('tile %o gets spatial layer %i', (viewport, layer) => {
    expect(spatialLayerForViewport(viewport)).toBe(layer);
  });

  it('steps down one layer on a poor link and to the bottom on a very poor one', () => {
    const viewport = { width: 1280, height: 720 };
    expect(chooseLayers({ viewport, score: 10 })).toEqual({ spatialLayer: 2, temporalLayer: 2 });
    expect(chooseLayers({ viewport, score: 6 })).toEqual({ spatialLayer: 1, temporalLayer: 2 });
    expect(chooseLayers({ viewport, score: 2 })).toEqual({ spatialLayer: 0, temporalLayer: 1 });
    expect(chooseLayers({ viewport: { width: 320, height: 180 }, score: 6 })).toEqual({ spatialLayer: 0, temporalLayer: 2 });
  });
});
