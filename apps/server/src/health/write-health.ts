import { EventStoreError, type EventStore } from '@rapporteur/event-store';
import type { ReadinessCheck } from './readiness.js';

/**
 * How long a failed write is believed without a new one. An instance that a load balancer has
 * taken out gets no new requests, so no write may come to prove the disk has room again: after
 * this long /readyz lets traffic back, and the next failing write takes it out again.
 */
export const WRITE_FAILURE_MEMORY_MS = 30_000;

export interface WriteHealth {
  /** The same store, with the outcome of each write noted. */
  readonly store: EventStore;
  /** Fails while the last write failed (and not longer ago than the memory above). */
  readonly readiness: ReadinessCheck;
}

/**
 * A full disk or an I/O error leaves reads working, so a read (the database check) says all is
 * well while every edit fails. This notes the outcome of every write to the log: a write that the
 * database itself failed makes the instance not ready until a write succeeds. Refusals of the log's
 * own (a stale revision, a sealed stream, a duplicate, an invalid event) say nothing about it.
 */
export function watchWrites(store: EventStore, now: () => number = Date.now): WriteHealth {
  let failedAt: number | undefined;
  const noted = <T>(write: Promise<T>): Promise<T> =>
    write.then(
      (result) => {
        failedAt = undefined;
        return result;
      },
      (error: unknown) => {
        if (!(error instanceof EventStoreError)) failedAt = now();
        throw error;
      },
    );
  // Every member delegated by name: the interface makes a new one a compile error here.
  const watched: EventStore = {
    dialect: store.dialect,
    append: (...args) => noted(store.append(...args)),
    appendMany: (...args) => noted(store.appendMany(...args)),
    readStream: (...args) => store.readStream(...args),
    readAll: (...args) => store.readAll(...args),
    subscribe: (...args) => store.subscribe(...args),
    head: (...args) => store.head(...args),
    verify: (...args) => store.verify(...args),
    verifyAll: () => store.verifyAll(),
    saveSnapshot: (...args) => store.saveSnapshot(...args),
    loadSnapshot: (...args) => store.loadSnapshot(...args),
    deleteSnapshots: (...args) => store.deleteSnapshots(...args),
    close: () => store.close(),
  };
  return {
    store: watched,
    readiness: {
      name: 'writes',
      code: 'writes_failing',
      subject: 'Writing to the database',
      advice: 'the last write failed; check free space on the database’s disk and its logs',
      check: () =>
        failedAt !== undefined && now() - failedAt < WRITE_FAILURE_MEMORY_MS
          ? Promise.reject(new Error('The last write to the log failed.'))
          : Promise.resolve(),
    },
  };
}
