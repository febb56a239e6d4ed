/**
 * At most `limit` sign-in attempts per address and per account in a window. In memory: each
 * instance counts for itself, which bounds guessing to `limit` × instances per window.
 */
export class LoginRateLimit {
  readonly #attempts = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt for each key; returns the seconds to wait if any key is over its limit. */
  attempt(keys: readonly string[]): number | undefined {
    const now = this.now();
    let wait: number | undefined;
    for (const key of keys) {
      const entry = this.#attempts.get(key);
      const current =
        entry === undefined || entry.resetAt <= now
          ? { count: 0, resetAt: now + this.windowMs }
          : entry;
      current.count += 1;
      this.#attempts.set(key, current);
      if (current.count > this.limit)
        wait = Math.max(wait ?? 0, Math.ceil((current.resetAt - now) / 1000));
    }
    if (this.#attempts.size > 100_000) this.#forgetExpired(now);
    return wait;
  }

  #forgetExpired(now: number): void {
    for (const [key, entry] of this.#attempts) if (entry.resetAt <= now) this.#attempts.delete(key);
  }
}
