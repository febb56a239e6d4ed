import { useSyncExternalStore } from 'react';

import type { ReadableStore } from './store.js';

/** The current value of a store; the component re-renders when it changes. */
export function useStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
