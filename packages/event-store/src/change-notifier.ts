/**
 * A wake-up signal for live readers: writers `notify()` after a commit, readers wait for the
 * version to move past the one they saw before they last read. Reading the version before
 * reading the log means a commit that lands in between is never slept through.
 */
export class ChangeNotifier {
  #version = 0;
  #waiters = new Set<() => void>();

  get version(): number {
    return this.#version;
  }

  notify(): void {
    this.#version += 1;
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Resolves once the version differs from `seen`, or when `signal` aborts. */
  changedSince(seen: number, signal: AbortSignal): Promise<void> {
    if (this.#version !== seen || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        this.#waiters.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      this.#waiters.add(wake);
      signal.addEventListener('abort', wake, { once: true });
    });
  }
}
