/**
 * The event store as a benchmark subject: the public API only, used the way the collaboration
 * server uses it (binary payloads with metadata, `expectedRevision: 'any'`).
 */
import { createEventStore, type EventStoreOptions, type Position } from '../src/index.js';
import { storeEvent, type Subject } from './workload.js';

/** Opens a store (creating its tables) and wraps it as a `Subject`. */
export async function openStoreSubject(options: EventStoreOptions): Promise<Subject> {
  const store = await createEventStore(options);
  return {
    async appendOne(stream) {
      await store.append(stream, [storeEvent(stream)], { expectedRevision: 'any' });
    },
    async appendBatch(stream, size) {
      const events = Array.from({ length: size }, () => storeEvent(stream));
      await store.append(stream, events, { expectedRevision: 'any' });
    },
    async readAll(pageSize) {
      let count = 0;
      let after: Position | undefined;
      for (;;) {
        const page = await store.readAll({ after, limit: pageSize });
        count += page.length;
        const last = page.at(-1);
        if (last === undefined || page.length < pageSize) return count;
        after = last.position;
      }
    },
    close: () => store.close(),
  };
}
