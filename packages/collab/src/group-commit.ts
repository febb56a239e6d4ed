/**
 * Group commit: items that arrive while a commit is running, or within `windowMs` of the first
 * one, are committed together in one transaction; SQLite and PostgreSQL then flush to disk once
 * for the whole burst instead of once per keystroke.
 */
export class GroupCommit<T> {
  #queue: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  #scheduled = false;
  #running: Promise<void> = Promise.resolve();

  constructor(
    private readonly commit: (items: readonly T[]) => Promise<void>,
    private readonly windowMs: number,
  ) {}

  /** Resolves once the item is committed; rejects with the commit's error. */
  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (this.#scheduled) return;
      this.#scheduled = true;
      setTimeout(() => {
        this.#running = this.#running.then(() => this.#flush());
      }, this.windowMs);
    });
  }

  /** Resolves when everything added so far has been committed or refused. */
  async drain(): Promise<void> {
    while (this.#scheduled || this.#queue.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.windowMs));
      await this.#running;
    }
    await this.#running;
  }

  async #flush(): Promise<void> {
    this.#scheduled = false;
    const batch = this.#queue;
    this.#queue = [];
    if (batch.length === 0) return;
    try {
      await this.commit(batch.map((entry) => entry.item));
      for (const entry of batch) entry.resolve();
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }
}
