import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../client/core/router';

describe('parseRoute', () => {
  it('knows the landing page and room pages', () => {
    expect(parseRoute('/')).toEqual({ name: 'landing' });
    expect(parseRoute('/r/kfr-wqpz-mtd')).toEqual({ name: 'room', roomId: 'kfr-wqpz-mtd' });
    expect(parseRoute('/r/KFR-wqpz-mtd/')).toEqual({ name: 'room', roomId: 'kfr-wqpz-mtd' });
  });

  it('refuses room ids the server would refuse', () => {
    expect(parseRoute('/r/-bad').name).toBe('not-found');
    expect(parseRoute('/r/a').name).toBe('not-found');
    expect(parseRoute('/elsewhere').name).toBe('not-found');
  });
});
