// The one adapter every hook builds on: a core store seen through useSyncExternalStore.
import { useSyncExternalStore } from 'react';
import type { ReadableStore } from '../core/store';

export function useStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
