// What a test gets from a dialect: a fresh store, and the means to reopen, inspect and remove it.
import type { EventStore, EventStoreOptions } from '../src/index.js';

/** What a test may choose of the store's options: the dialect picks the url and the schema. */
export type StoreOptions = Omit<EventStoreOptions, 'url' | 'schema'>;

/** A fresh store and the means to reopen it, inspect it with raw SQL, and remove it. */
export interface TestStore {
  readonly store: EventStore;
  /** What `createEventStore` needs to open this same store again (from another process too). */
  readonly location: { readonly url: string; readonly schema?: string };
  reopen(options?: StoreOptions): Promise<EventStore>;
  /** Runs raw SQL on the store's database, bypassing the store; `?` marks a parameter on both dialects. */
  raw(statement: string, parameters?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  cleanup(): Promise<void>;
}

export interface StoreTarget {
  readonly name: 'sqlite' | 'postgres';
  fresh(options?: StoreOptions): Promise<TestStore>;
}
