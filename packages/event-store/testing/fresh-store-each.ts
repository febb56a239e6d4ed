import { afterEach, beforeEach } from 'vitest';
import type { EventStore } from '../src/index.js';
import type { StoreOptions, StoreTarget, TestStore } from './test-store.js';

/** How `freshStoreEach` opens each store: its options, and events to write before the test. */
export interface FreshStoreSetup {
  readonly options?: StoreOptions;
  readonly seed?: (store: EventStore) => Promise<unknown>;
}

/**
 * Opens a fresh store of `target` before each test of the enclosing suite and removes it after,
 * the setup every conformance suite shares. The answer stands for the current test's store: read
 * it inside a test or a hook, never while the suite is being collected.
 * Example: `const opened = freshStoreEach(target); it('...', () => opened.store.append(...));`
 */
export function freshStoreEach(target: StoreTarget, setup: FreshStoreSetup = {}): TestStore {
  let current: TestStore | undefined;
  beforeEach(async () => {
    current = await target.fresh(setup.options);
    await setup.seed?.(current.store);
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  const opened = (): TestStore => {
    if (current === undefined) throw new Error('A fresh store is open only while a test runs.');
    return current;
  };
  return {
    get store() {
      return opened().store;
    },
    get location() {
      return opened().location;
    },
    reopen: (options) => opened().reopen(options),
    raw: (statement, parameters) => opened().raw(statement, parameters),
    cleanup: () => opened().cleanup(),
  };
}
