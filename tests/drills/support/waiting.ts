/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` until it holds; fails naming `what` (and the last state) after `timeoutMs`. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  options: { timeoutMs: number; describe?: () => string },
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await condition()) return Date.now() - started;
    if (Date.now() - started > options.timeoutMs)
      throw new Error(
        `Timed out after ${options.timeoutMs} ms waiting for ${what}.${options.describe === undefined ? '' : `\n${options.describe()}`}`,
      );
    await sleep(100);
  }
}
