import { describe, expect, it } from 'vitest';
import { createStore } from '../../../server/store/index';
import { TEST_DIALECTS, useTestDatabase } from '../../helpers/db';

describe.each(TEST_DIALECTS)('server secrets on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  it('creates a secret once and returns the stored value afterwards', async () => {
    let calls = 0;
    const generate = () => `key-${++calls}`;
    expect(await t.store.secrets.getOrCreate('session-hmac', generate)).toBe('key-1');
    expect(await t.store.secrets.getOrCreate('session-hmac', generate)).toBe('key-1');
    expect(await t.store.secrets.getOrCreate('invite-hmac', generate)).toBe('key-2');
    expect(calls).toBe(2);
  });

  it('gives every racing server instance the same value', async () => {
    // Two handles on the same database stand in for two server instances.
    const other = createStore(await t.database.open());
    const stores = [t.store, other];
    const values = await Promise.all(
      Array.from({ length: 12 }, (_, i) => stores[i % 2]!.secrets.getOrCreate('shared', () => `candidate-${i}`)),
    );
    expect(new Set(values).size).toBe(1);
    expect(values[0]).toMatch(/^candidate-\d+$/);
    expect(await other.secrets.getOrCreate('shared', () => 'late')).toBe(values[0]);
  });
});
