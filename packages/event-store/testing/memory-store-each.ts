import { afterEach, beforeEach } from 'vitest';
import { createEventStore, type EventStore } from '../src/index.js';

/** The store of the current test, from `memoryStoreEach`. */
export interface MemoryStore {
  readonly store: EventStore;
}

/**
 * Opens an empty in-memory SQLite store before each test of the enclosing suite and closes it
 * after: for suites that need a log to read and write, not a dialect to check. Read `store`
 * inside a test or a hook, never while the suite is being collected.
 * Example: `const log = memoryStoreEach(); it('...', () => log.store.append(...));`
 */
export function memoryStoreEach(): MemoryStore {
  let current: EventStore | undefined;
  beforeEach(async () => {
    current = await createEventStore({ url: 'sqlite::memory:' });
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get store() {
      if (current === undefined) throw new Error('The store is open only while a test runs.');
      return current;
    },
  };
}
