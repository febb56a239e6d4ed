import type { ChangeNotifier } from './change-notifier.js';
import { ValidationError } from './errors.js';
import type { RecordedEvent, Subscription } from './types.js';

/** Reads the next page after whatever it has returned so far. */
export interface PageReader {
  next(
    limit: number,
  ): Promise<{ readonly events: readonly RecordedEvent[]; readonly pending: boolean }>;
}

// While an older transaction hides committed events, wait for it with a growing pause; a
// commit or a notification cuts the wait short.
const PENDING_MIN_MS = 2;
const PENDING_MAX_MS = 200;
// While the database cannot be read (it restarts, the network is down), try again with a
// growing pause: a subscriber outlives an outage instead of ending with it.
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 2000;

/**
 * Catch-up then live: reads pages until the log is drained, then sleeps until a commit wakes it.
 * The version is read before each page, so a commit between the read and the sleep is not missed.
 * A failed read is tried again from the same position (a reader moves only after a page is read);
 * only a mistake of the caller's (a ValidationError, such as a position that is not one) ends it.
 */
export function createSubscription(
  reader: PageReader,
  notifier: ChangeNotifier,
  options: { readonly batchSize: number; readonly ready: Promise<void> },
): Subscription {
  const closed = new AbortController();
  const isClosed = (): boolean => closed.signal.aborted;
  async function* events(): AsyncGenerator<RecordedEvent> {
    await options.ready;
    let pause = PENDING_MIN_MS;
    let retry = RETRY_MIN_MS;
    while (!isClosed()) {
      const seen = notifier.version;
      let page: Awaited<ReturnType<PageReader['next']>>;
      try {
        page = await reader.next(options.batchSize);
        retry = RETRY_MIN_MS;
      } catch (error) {
        if (error instanceof ValidationError) throw error;
        await sleep(retry, closed.signal);
        retry = Math.min(retry * 2, RETRY_MAX_MS);
        continue;
      }
      for (const event of page.events) {
        if (isClosed()) return;
        yield event;
      }
      if (page.events.length === options.batchSize) continue;
      if (page.pending) {
        await Promise.race([
          sleep(pause, closed.signal),
          notifier.changedSince(seen, closed.signal),
        ]);
        pause = Math.min(pause * 2, PENDING_MAX_MS);
        continue;
      }
      pause = PENDING_MIN_MS;
      await notifier.changedSince(seen, closed.signal);
    }
  }
  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    close: () => {
      closed.abort();
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
