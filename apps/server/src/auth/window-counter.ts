/**
 * Counts per key in fixed windows (each key's window starts at its first count). In memory:
 * each instance counts for itself, which bounds what it limits to the limit × instances.
 */
export class WindowCounter {
  readonly #counts = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Adds `by` (negative to forgive) to the key's count; gives the count now. */
  add(key: string, by = 1): number {
    const now = this.now();
    const entry = this.#current(key, now);
    entry.count = Math.max(0, entry.count + by);
    this.#counts.set(key, entry);
    if (this.#counts.size > 100_000) this.#forgetExpired(now);
    return entry.count;
  }

  count(key: string): number {
    return this.#current(key, this.now()).count;
  }

  /** Seconds until the key's window ends (at least 1). */
  secondsLeft(key: string): number {
    const now = this.now();
    return Math.max(1, Math.ceil((this.#current(key, now).resetAt - now) / 1000));
  }

  #current(key: string, now: number): { count: number; resetAt: number } {
    const entry = this.#counts.get(key);
    return entry === undefined || entry.resetAt <= now
      ? { count: 0, resetAt: now + this.windowMs }
      : entry;
  }

  #forgetExpired(now: number): void {
    for (const [key, entry] of this.#counts) if (entry.resetAt <= now) this.#counts.delete(key);
  }
}
