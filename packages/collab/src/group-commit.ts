/**
 * Group commit: an item is committed at once when no commit is running; items that arrive while
 * one runs wait and go together in the next, up to `maxBatch` at a time. A quiet draft pays no
 * waiting window, and a busy one flushes to disk once per burst instead of once per keystroke.
 */
export class GroupCommit<T> {
  #queue: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  #running = false;
  #idle: Promise<void> = Promise.resolve();
  #settle: (() => void) | undefined;

  constructor(
    private readonly commit: (items: readonly T[]) => Promise<void>,
    private readonly maxBatch: number,
  ) {}

  /** Resolves once the item is committed; rejects with the commit's error. */
  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (this.#running) return;
      this.#running = true;
      this.#idle = new Promise((settle) => {
        this.#settle = settle;
      });
      // One turn of the event loop first, so that frames read together commit together.
      setImmediate(() => void this.#drainQueue());
    });
  }

  /** Resolves when everything added so far has been committed or refused. */
  drain(): Promise<void> {
    return this.#idle;
  }

  async #drainQueue(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.maxBatch);
      try {
        await this.commit(batch.map((entry) => entry.item));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.#running = false;
    this.#settle?.();
  }
}
